import { describe, expect, it } from "vitest";
import { focalCrop } from "./focal-crop";

describe("focalCrop", () => {
  it("keeps the target's aspect ratio and centres on the focal point", () => {
    expect(focalCrop({ width: 800, height: 1000 }, { width: 1200, height: 600 }, { x: 0.5, y: 0.4 })).toEqual({
      left: 0,
      top: 200,
      width: 800,
      height: 400,
    });
  });

  it("stays inside the image near its edges", () => {
    expect(focalCrop({ width: 800, height: 1000 }, { width: 1200, height: 600 }, { x: 0.5, y: 0.02 }).top).toBe(0);
    expect(focalCrop({ width: 800, height: 1000 }, { width: 1200, height: 600 }, { x: 0.5, y: 1 }).top).toBe(600);
    expect(focalCrop({ width: 2000, height: 500 }, { width: 480, height: 630 }, { x: 0, y: 0.5 })).toEqual({
      left: 0,
      top: 0,
      width: 381,
      height: 500,
    });
  });
});
