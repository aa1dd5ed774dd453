"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type PointerEvent } from "react";
import { ImagePicker } from "./image-picker";

export type Portrait = { id: string; src: string; width: number; height: number };
type Focal = { x: number; y: number };

const round = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;

/**
 * Upload a portrait (with progress and the reason when a file is refused) and set its focal
 * point: click the spot that must stay in view, or move the two sliders. The crops below
 * show the card and the thumbnail the public site cuts from it.
 */
export function PortraitField({
  initial,
  focal: initialFocal,
  errors,
  onChange,
}: {
  initial: Portrait | null;
  focal: Focal;
  errors?: string[];
  onChange: (has: boolean) => void;
}) {
  const t = useTranslations("studio.people");
  const id = useId();
  const [portrait, setPortrait] = useState(initial);
  const [focal, setFocal] = useState(initialFocal);
  const position = `${focal.x * 100}% ${focal.y * 100}%`;

  function pick(event: PointerEvent<HTMLImageElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    setFocal({ x: round((event.clientX - box.left) / box.width), y: round((event.clientY - box.top) / box.height) });
  }

  function choose(next: Portrait | null) {
    setPortrait(next);
    onChange(Boolean(next));
  }

  return (
    <div className="portrait-field">
      <input type="hidden" name="portraitAssetId" value={portrait?.id ?? ""} />
      <input type="hidden" name="portraitFocalX" value={focal.x} />
      <input type="hidden" name="portraitFocalY" value={focal.y} />
      {portrait ? (
        <div className="portrait-editor">
          <div className="portrait-source">
            {/* Clicking picks the focal point; the sliders below do the same by keyboard. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={portrait.src} alt={t("portraitPreview")} width={portrait.width} height={portrait.height} onPointerDown={pick} />
            <span className="focal-marker" style={{ left: `${focal.x * 100}%`, top: `${focal.y * 100}%` }} aria-hidden="true" />
          </div>
          <div className="portrait-crops" aria-hidden="true">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={portrait.src} alt="" className="crop-card" style={{ objectPosition: position }} />
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={portrait.src} alt="" className="crop-thumb" style={{ objectPosition: position }} />
          </div>
          <div className="focal-sliders">
            <p className="field-hint">{t("focalHint")}</p>
            <label htmlFor={`${id}-x`}>{t("focalX")}</label>
            <input
              id={`${id}-x`}
              type="range"
              min={0}
              max={1}
              step={0.01}
              value={focal.x}
              onChange={(event) => setFocal({ ...focal, x: Number(event.target.value) })}
            />
            <label htmlFor={`${id}-y`}>{t("focalY")}</label>
            <input
              id={`${id}-y`}
              type="range"
              min={0}
              max={1}
              step={0.01}
              value={focal.y}
              onChange={(event) => setFocal({ ...focal, y: Number(event.target.value) })}
            />
          </div>
        </div>
      ) : (
        <p className="muted">{t("noPortrait")}</p>
      )}
      <div className="field">
        <label htmlFor={id}>{portrait ? t("replacePortrait") : t("uploadPortrait")}</label>
        <p className="field-hint" id={`${id}-hint`}>
          {t("portraitHint")}
        </p>
        <ImagePicker
          id={id}
          purpose="portrait"
          hintId={`${id}-hint`}
          errors={errors}
          uploadingLabel={t("uploading")}
          onUploaded={(uploaded) => {
            choose({ id: uploaded.id, src: uploaded.src, width: uploaded.width, height: uploaded.height });
            setFocal({ x: 0.5, y: 0.4 });
          }}
        />
      </div>
      {portrait ? (
        <button type="button" className="button button-small button-secondary" onClick={() => choose(null)}>
          {t("removePortrait")}
        </button>
      ) : null}
    </div>
  );
}
