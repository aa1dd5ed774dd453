/**
 * The largest region of an image with the target's aspect ratio, centred on the focal
 * point (0..1 from left and top) as far as the image's edges allow.
 */
export function focalCrop(
  image: { width: number; height: number },
  target: { width: number; height: number },
  focal: { x: number; y: number },
): { left: number; top: number; width: number; height: number } {
  const ratio = target.width / target.height;
  const width = Math.min(image.width, Math.round(image.height * ratio));
  const height = Math.min(image.height, Math.round(width / ratio));
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max, Math.round(value)));
  return {
    left: clamp(focal.x * image.width - width / 2, image.width - width),
    top: clamp(focal.y * image.height - height / 2, image.height - height),
    width,
    height,
  };
}
