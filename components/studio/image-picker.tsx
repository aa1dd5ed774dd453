"use client";

import type { UploadedImage } from "@/modules/media";
import { useImageUpload } from "./image-upload";

/**
 * The file input of an image field: uploads what is chosen to /api/uploads/<purpose>, shows
 * progress, and says why a file was refused (with the field's own errors) at the input.
 */
export function ImagePicker({
  id,
  purpose,
  hintId,
  errors,
  disabled = false,
  uploadingLabel,
  onUploaded,
}: {
  id: string;
  purpose: string;
  hintId: string;
  errors?: string[];
  disabled?: boolean;
  uploadingLabel: string;
  onUploaded: (image: UploadedImage) => void;
}) {
  const { upload, progress, error } = useImageUpload(purpose);
  const messages = [error, ...(errors ?? [])].filter(Boolean);
  return (
    <>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/avif,image/heic,image/heif"
        aria-describedby={[hintId, messages.length ? `${id}-error` : null].filter(Boolean).join(" ")}
        aria-invalid={messages.length ? true : undefined}
        disabled={disabled || progress !== null}
        onChange={async (event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          const uploaded = file ? await upload(file) : null;
          if (uploaded) onUploaded(uploaded);
        }}
      />
      {progress !== null ? (
        <progress max={1} value={progress} aria-label={uploadingLabel}>
          {Math.round(progress * 100)} %
        </progress>
      ) : null}
      {messages.length ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {messages.join(" ")}
        </p>
      ) : null}
    </>
  );
}
