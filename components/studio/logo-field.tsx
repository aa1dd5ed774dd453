"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { UploadedImage } from "@/lib/images/upload";
import { useImageUpload } from "./image-upload";

type Logo = Pick<UploadedImage, "id" | "src">;

/**
 * The site's logo: upload (with progress and a preview) or remove. The chosen asset goes
 * into the settings form as `logoAssetId` and takes effect when the form is saved.
 */
export function LogoField({ initial, errors }: { initial: Logo | null; errors?: string[] }) {
  const t = useTranslations("studio.settings");
  const id = useId();
  const [logo, setLogo] = useState<Logo | null>(initial);
  const { upload: send, progress, error } = useImageUpload("logo");
  const messages = [error, ...(errors ?? [])].filter(Boolean);

  async function upload(file: File) {
    const uploaded = await send(file);
    if (uploaded) setLogo({ id: uploaded.id, src: uploaded.src });
  }

  return (
    <div className="field logo-field">
      <input type="hidden" name="logoAssetId" value={logo?.id ?? ""} />
      <label htmlFor={id}>{t("logo")}</label>
      <p className="field-hint" id={`${id}-hint`}>
        {t("logoHint")}
      </p>
      <div className="logo-row">
        <div className="logo-preview">
          {/* A preview of what was just uploaded: served by our media route, already small. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          {logo ? <img src={logo.src} alt={t("logoPreview")} /> : <span className="muted">{t("noLogo")}</span>}
        </div>
        <input
          id={id}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/avif,image/heic"
          aria-describedby={[`${id}-hint`, messages.length ? `${id}-error` : null].filter(Boolean).join(" ")}
          aria-invalid={messages.length ? true : undefined}
          disabled={progress !== null}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) void upload(file);
          }}
        />
        {logo ? (
          <button type="button" className="button button-small button-secondary" onClick={() => setLogo(null)}>
            {t("removeLogo")}
          </button>
        ) : null}
      </div>
      {progress !== null ? (
        <progress max={1} value={progress} aria-label={t("uploading")}>
          {Math.round(progress * 100)} %
        </progress>
      ) : null}
      {messages.length ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {messages.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
