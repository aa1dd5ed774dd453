import Image from "next/image";
import type { UniverseWithImage } from "@/modules/universes";

/**
 * A work universe's picture, as decoration (empty alt): wherever it is shown, the universe's
 * name and description stand beside or below it and say what it is.
 */
export function UniversePicture({
  image,
  className,
  sizes,
  priority,
}: {
  image: NonNullable<UniverseWithImage["image"]>;
  className: string;
  /** The widths it is shown at, for the browser to pick a source before layout. */
  sizes: string;
  /** Above the fold: loaded first. */
  priority?: boolean;
}) {
  return <Image className={className} src={image.src} alt="" width={image.width} height={image.height} sizes={sizes} priority={priority} />;
}
