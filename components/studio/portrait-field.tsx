"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type PointerEvent } from "react";
import { ImagePicker } from "./image-picker";

export type Portrait = { id: string; src: string; width: number; height: number };
type Focal = { x: number; y: number };

const round = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;

/** One axis of the focal point as a slider, from 0 (left or top) to 1. */
function FocalSlider({ id, label, value, onChange }: { id: string; label: string; value: number; onChange: (value: number) => void }) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="range" min={0} max={1} step={0.01} value={value} onChange={(event) => onChange(Number(event.target.value))} />
    </>
  );
}

/** The portrait with its focal point marked, the crops the public site cuts from it, and the sliders. */
function FocalPointEditor({ id, portrait, focal, onFocal }: { id: string; portrait: Portrait; focal: Focal; onFocal: (focal: Focal) => void }) {
  const t = useTranslations("studio.people");
  const position = `${focal.x * 100}% ${focal.y * 100}%`;

  function pick(event: PointerEvent<HTMLImageElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    onFocal({ x: round((event.clientX - box.left) / box.width), y: round((event.clientY - box.top) / box.height) });
  }

  return (
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
        <FocalSlider id={`${id}-x`} label={t("focalX")} value={focal.x} onChange={(x) => onFocal({ ...focal, x })} />
        <FocalSlider id={`${id}-y`} label={t("focalY")} value={focal.y} onChange={(y) => onFocal({ ...focal, y })} />
      </div>
    </div>
  );
}

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

  function choose(next: Portrait | null) {
    setPortrait(next);
    onChange(Boolean(next));
  }

  return (
    <div className="portrait-field">
      <input type="hidden" name="portraitAssetId" value={portrait?.id ?? ""} />
      <input type="hidden" name="portraitFocalX" value={focal.x} />
      <input type="hidden" name="portraitFocalY" value={focal.y} />
      {portrait ? <FocalPointEditor id={id} portrait={portrait} focal={focal} onFocal={setFocal} /> : <p className="muted">{t("noPortrait")}</p>}
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
