"use client";

import { useId } from "react";
import type { UploadedImage } from "@/modules/media";
import { ImagePicker } from "./image-picker";

export type ChosenImage = Pick<UploadedImage, "id" | "src">;

type Texts = { label: string; hint: string; preview: string; empty: string; remove: string; uploading: string };

/**
 * An uploaded image chosen for something (the site's logo, an interview's social image):
 * a preview on a checkerboard (transparency shows), the file picker with progress, the
 * reason when a file is refused, and a way to remove it. The caller keeps the value.
 */
export function ImageField({
  purpose,
  value,
  onChange,
  texts,
  errors,
  disabled = false,
}: {
  purpose: string;
  value: ChosenImage | null;
  onChange: (image: ChosenImage | null) => void;
  texts: Texts;
  errors?: string[];
  disabled?: boolean;
}) {
  const id = useId();
  return (
    <div className="field image-field">
      <label htmlFor={id}>{texts.label}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {texts.hint}
      </p>
      <div className="image-field-row">
        <div className="image-preview">
          {/* A preview of what was just uploaded: served by our media route, already small. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          {value ? <img src={value.src} alt={texts.preview} /> : <span className="muted">{texts.empty}</span>}
        </div>
        <ImagePicker
          id={id}
          purpose={purpose}
          hintId={`${id}-hint`}
          errors={errors}
          disabled={disabled}
          uploadingLabel={texts.uploading}
          onUploaded={(uploaded) => onChange({ id: uploaded.id, src: uploaded.src })}
        />
        {value && !disabled ? (
          <button type="button" className="button button-small button-secondary" onClick={() => onChange(null)}>
            {texts.remove}
          </button>
        ) : null}
      </div>
    </div>
  );
}
