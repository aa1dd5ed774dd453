import Image from "next/image";
import type { PortraitRef } from "@/modules/public-site";

/** Three colleagues' portraits beside the home page headline. Decorative: the stories below name them. */
export function HeroCollage({ portraits }: { portraits: PortraitRef[] }) {
  if (portraits.length < 3) return null;
  return (
    <div className="hero-collage" aria-hidden="true">
      {portraits.slice(0, 3).map((portrait, index) => (
        <Image
          key={portrait.storageKey}
          className={`hero-tile hero-tile-${index + 1}`}
          src={`/api/media/${portrait.storageKey}`}
          alt=""
          width={portrait.width}
          height={portrait.height}
          sizes="(min-width: 900px) 240px, 0px"
          priority={index === 0}
          style={{ objectPosition: `${portrait.focalX * 100}% ${portrait.focalY * 100}%` }}
        />
      ))}
    </div>
  );
}
