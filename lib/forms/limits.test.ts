import { describe, expect, it } from "vitest";
import { z } from "zod";
import { httpUrl, localeField, optionalHttpUrl, optionalId, optionalText, requiredText, seriesField } from "./fields";
import { fieldLimits } from "./limits";

const label = { de: "Der Name", en: "The name" };

describe("fieldLimits", () => {
  it("reads length and required from the shared field helpers", () => {
    const limits = fieldLimits(z.object({ name: requiredText(label, 80), note: optionalText(label, 160), url: httpUrl, link: optionalHttpUrl }));
    expect(limits).toEqual({
      name: { maxLength: 80, required: true },
      note: { maxLength: 160, required: false },
      url: { maxLength: 2000, required: true },
      link: { maxLength: 2000, required: false },
    });
  });

  it("looks through transforms to the string the form sends", () => {
    const limits = fieldLimits(z.object({ title: requiredText(label, 40).transform((value) => value.toUpperCase()), id: optionalId, series: seriesField }));
    expect(limits).toEqual({ title: { maxLength: 40, required: true }, id: { maxLength: 64, required: false }, series: { maxLength: 64, required: false } });
  });

  it("counts a field that may be left out as not required, whatever its string demands", () => {
    const limits = fieldLimits(
      z.object({ optional: requiredText(label, 10).optional(), defaulted: requiredText(label, 10).default("x"), nullable: requiredText(label, 10).nullable() }),
    );
    expect(limits).toEqual({
      optional: { maxLength: 10, required: false },
      defaulted: { maxLength: 10, required: false },
      nullable: { maxLength: 10, required: false },
    });
  });

  it("gives fields that are not strings no length, and a refined object its fields all the same", () => {
    const schema = z.object({ locale: localeField, position: z.coerce.number().max(999), plain: z.string() }).refine(() => true);
    expect(fieldLimits(schema)).toEqual({ locale: { required: false }, position: { required: false }, plain: { required: false } });
  });

  it("keys the limits by the input's field names", () => {
    const limits = fieldLimits(z.object({ name: requiredText(label, 80) }));
    expect(limits.name.required).toBe(true);
    // @ts-expect-error A field the schema does not have has no limits (a renamed field fails to compile).
    expect(limits.nickname).toBeUndefined();
  });
});
