"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/action";
import type { UploadedImage } from "@/modules/media";

/**
 * Sends one file to /api/uploads/<purpose> and reports progress (fetch cannot, so this is
 * XMLHttpRequest). Resolves with the route's action-shaped answer; a dropped connection
 * resolves as a failure with `offline` so the caller can say so.
 */
export function uploadImage(
  purpose: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<ActionResult<UploadedImage> | { ok: false; offline: true }> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", `/api/uploads/${purpose}`);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => resolve((request.response as ActionResult<UploadedImage> | null) ?? { ok: false, offline: true });
    request.onerror = () => resolve({ ok: false, offline: true });
    const body = new FormData();
    body.append("file", file);
    request.send(body);
  });
}

/** An image field's upload: progress while it runs, the reason when it is refused. */
export function useImageUpload(purpose: string) {
  const shell = useTranslations("studio.shell");
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function upload(file: File): Promise<UploadedImage | null> {
    setError(null);
    setProgress(0);
    const result = await uploadImage(purpose, file, setProgress);
    setProgress(null);
    if (result.ok) return result.data;
    setError("offline" in result ? shell("connectionLost") : result.error);
    return null;
  }

  return { upload, progress, error };
}
