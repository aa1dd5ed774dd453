import type { Asset } from "../../modules/media/queries/assets";
import type { Executor } from "@/db/executor";
import { storeSvgAsset } from "./svg-asset";

const WIDTH = 1600;
const HEIGHT = 1200;

/**
 * A demo picture for a work universe, drawn locally (no downloads): soft shapes in the
 * universe's colour, different for each one, so the overview and its page look finished.
 */
export function universeSvg(color: string, seed: number): string {
  // A few overlapping shapes placed by the seed: no two universes look alike.
  const shapes = [0, 1, 2, 3, 4].map((index) => {
    const x = ((seed * 37 + index * 331) % 1400) + 100;
    const y = ((seed * 53 + index * 227) % 1000) + 100;
    const r = 140 + ((seed * 17 + index * 97) % 260);
    return index % 2
      ? `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffffff" opacity="${0.1 + index * 0.04}"/>`
      : `<rect x="${x - r}" y="${y - r / 2}" width="${r * 2}" height="${r}" rx="${r / 2}" fill="${color}" opacity="0.55" transform="rotate(${((seed * 29 + index * 41) % 90) - 45} ${x} ${y})"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${color}"/><stop offset="1" stop-color="${color}" stop-opacity="0.45"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#f4efe6"/>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>
  ${shapes.join("\n  ")}
</svg>`;
}

export function createUniversePicture(color: string, seed: number, exec: Executor): Promise<Asset> {
  return storeSvgAsset(universeSvg(color, seed), "universes", { width: WIDTH, height: HEIGHT }, exec);
}
