import { z } from "zod";

/** Field schemas the studio's forms share, with German messages shown at the field. */

export function requiredText(label: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, `${label} fehlt.`)
    .max(max, `${label} darf höchstens ${max} Zeichen lang sein.`);
}

export function optionalText(label: string, max: number) {
  return z.string().trim().max(max, `${label} darf höchstens ${max} Zeichen lang sein.`);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

const HTTP_URL_MESSAGE = "Bitte eine vollständige Adresse mit https:// angeben, z. B. https://karriere.example.com/jobs.";

export const httpUrl = z.string().trim().max(2000, "Die Adresse ist zu lang.").refine(isHttpUrl, HTTP_URL_MESSAGE);

/** An http(s) URL, or nothing: an empty field becomes null. */
export const optionalHttpUrl = z
  .string()
  .trim()
  .max(2000, "Die Adresse ist zu lang.")
  .refine((value) => value === "" || isHttpUrl(value), HTTP_URL_MESSAGE)
  .transform((value) => value || null);

