"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal dialog (the browser's own <dialog>: focus is kept inside, Escape closes, the page
 * behind is inert). `onClose` is called however it closes; `dismissable={false}` keeps it
 * open on Escape, for questions that need an answer.
 */
export function Modal({
  title,
  onClose,
  dismissable = true,
  className,
  children,
}: {
  title: string;
  onClose: () => void;
  dismissable?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={className ? `dialog ${className}` : "dialog"}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        if (!dismissable) event.preventDefault();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** A dialog's answer buttons: the step itself, and cancel. */
export function DialogActions({
  confirm,
  cancel,
  disabled,
  onConfirm,
  onCancel,
}: {
  confirm: string;
  cancel: string;
  disabled: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="form-actions">
      <button type="button" className="button" disabled={disabled} onClick={onConfirm}>
        {confirm}
      </button>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {cancel}
      </button>
    </div>
  );
}
