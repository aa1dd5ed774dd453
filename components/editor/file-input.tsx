"use client";

import type { Ref } from "react";

/** A hidden file input, opened by a button elsewhere, that hands over the one file chosen. */
export function FileInput({ ref, accept, label, onFile }: { ref: Ref<HTMLInputElement>; accept: string; label?: string; onFile: (file: File) => void }) {
  return (
    <input
      ref={ref}
      type="file"
      hidden
      accept={accept}
      aria-label={label}
      onChange={(event) => {
        const file = event.currentTarget.files?.[0];
        // Emptied, so that choosing the same file again is a change too.
        event.currentTarget.value = "";
        if (file) onFile(file);
      }}
    />
  );
}
