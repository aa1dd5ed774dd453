import Image from "next/image";
import type { PortraitRef } from "@/modules/public-site";
import { localized } from "@/lib/i18n/localized";

/** A person's portrait, cropped around its focal point. */
export function Portrait({
  portrait,
  locale,
  sizes,
  className,
  priority = false,
}: {
  portrait: PortraitRef | null;
  locale: string;
  sizes: string;
  className?: string;
  priority?: boolean;
}) {
  if (!portrait) return <div className={`portrait portrait-empty ${className ?? ""}`} aria-hidden="true" />;
  return (
    <Image
      className={`portrait ${className ?? ""}`}
      src={`/api/media/${portrait.storageKey}`}
      alt={localized(portrait.alt, locale)}
      width={portrait.width}
      height={portrait.height}
      sizes={sizes}
      priority={priority}
      style={{ objectPosition: `${portrait.focalX * 100}% ${portrait.focalY * 100}%` }}
    />
  );
}
