"use client";

import { useState } from "react";

/** Copies `text` to the clipboard; once it has, the button says so. */
export function CopyButton({ text, className, label, copiedLabel }: { text: string; className: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={className}
      onClick={async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }}
    >
      {copied ? copiedLabel : label}
    </button>
  );
}
