"use client";

import { useState } from "react";
import { ImageField, type ChosenImage } from "./image-field";

/**
 * An image field inside a form: the chosen asset's id goes with the form as `name` and
 * takes effect when the form is saved (the site's logo, a work universe's picture).
 */
export function ImageInput({
  name,
  purpose,
  initial,
  errors,
  texts,
}: {
  name: string;
  purpose: string;
  initial: ChosenImage | null;
  errors?: string[];
  texts: Parameters<typeof ImageField>[0]["texts"];
}) {
  const [image, setImage] = useState(initial);
  return (
    <>
      <input type="hidden" name={name} value={image?.id ?? ""} />
      <ImageField purpose={purpose} value={image} onChange={setImage} errors={errors} texts={texts} />
    </>
  );
}
