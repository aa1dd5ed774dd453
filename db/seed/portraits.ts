import type { Asset } from "../../modules/media/queries/assets";
import type { Executor } from "@/db/executor";
import { storeSvgAsset } from "./svg-asset";

/**
 * Demo portraits, drawn locally as flat illustrations (no downloads, no real faces):
 * an SVG from a few parameters, encoded to WebP by sharp and stored like an upload.
 */
export type PortraitSpec = {
  skin: string;
  hair: string;
  style: "short" | "long" | "bob" | "bun" | "curly";
  shirt: string;
  background: [string, string];
  glasses?: boolean;
  beard?: boolean;
};

const WIDTH = 800;
const HEIGHT = 1000;

function hairBehind(spec: PortraitSpec): string {
  switch (spec.style) {
    case "long":
      return `<path d="M262 400 C250 250 330 185 400 185 C470 185 550 250 538 400 L560 720 C520 760 280 760 240 720 Z" fill="${spec.hair}"/>`;
    case "bob":
      return `<path d="M270 410 C255 255 330 190 400 190 C470 190 545 255 530 410 L540 560 C500 590 300 590 260 560 Z" fill="${spec.hair}"/>`;
    default:
      return "";
  }
}

function hairOnTop(spec: PortraitSpec): string {
  const h = spec.hair;
  switch (spec.style) {
    case "short":
      return `<path d="M282 400 C270 270 340 215 405 218 C478 220 532 270 518 400 C505 335 470 300 400 300 C335 300 295 335 282 400 Z" fill="${h}"/>`;
    case "bun":
      return `<circle cx="400" cy="205" r="62" fill="${h}"/><path d="M282 405 C268 270 340 232 400 232 C462 232 532 270 518 405 C500 330 460 298 400 298 C340 298 300 330 282 405 Z" fill="${h}"/>`;
    case "curly": {
      const curls = [
        [300, 330],
        [330, 280],
        [372, 252],
        [420, 248],
        [466, 268],
        [500, 310],
        [515, 360],
        [288, 380],
        [350, 300],
        [440, 290],
        [395, 285],
        [480, 340],
      ];
      return curls.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="46" fill="${h}"/>`).join("");
    }
    case "long":
    case "bob":
      return `<path d="M280 410 C272 285 335 232 400 232 C470 232 530 285 520 410 C490 330 440 300 380 300 C340 305 300 340 280 410 Z" fill="${h}"/>`;
  }
}

export function portraitSvg(spec: PortraitSpec): string {
  const [from, to] = spec.background;
  const shade = "rgba(0,0,0,0.08)";
  const glasses = spec.glasses
    ? `<g fill="none" stroke="#231f1c" stroke-width="7"><rect x="318" y="410" width="70" height="52" rx="18"/><rect x="412" y="410" width="70" height="52" rx="18"/><path d="M388 430 q12 -8 24 0"/></g>`
    : "";
  const beard = spec.beard
    ? `<path d="M300 470 C310 600 350 640 400 642 C450 640 490 600 500 470 C480 560 440 580 400 580 C360 580 320 560 300 470 Z" fill="${spec.hair}" opacity="0.9"/>`
    : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>
  <circle cx="640" cy="170" r="230" fill="#ffffff" opacity="0.22"/>
  <circle cx="120" cy="880" r="180" fill="#ffffff" opacity="0.14"/>
  ${hairBehind(spec)}
  <path d="M345 560 L455 560 L466 760 C430 800 370 800 334 760 Z" fill="${spec.skin}"/>
  <path d="M345 600 L455 600 L458 650 C420 680 380 680 342 650 Z" fill="${shade}"/>
  <path d="M30 1000 C40 835 190 735 340 730 C360 790 440 790 460 730 C610 735 760 835 770 1000 Z" fill="${spec.shirt}"/>
  <ellipse cx="282" cy="450" rx="22" ry="36" fill="${spec.skin}"/>
  <ellipse cx="518" cy="450" rx="22" ry="36" fill="${spec.skin}"/>
  <ellipse cx="400" cy="440" rx="120" ry="158" fill="${spec.skin}"/>
  <path d="M400 600 C340 598 300 560 285 500 C320 560 360 575 400 575 C440 575 480 560 515 500 C500 560 460 598 400 600 Z" fill="${shade}"/>
  ${beard}
  ${hairOnTop(spec)}
  ${glasses}
</svg>`;
}

/** Renders, stores and records a portrait; the same spec always yields the same asset. */
export function createPortraitAsset(spec: PortraitSpec, exec: Executor): Promise<Asset> {
  return storeSvgAsset(portraitSvg(spec), "portraits", { width: WIDTH, height: HEIGHT }, exec);
}
