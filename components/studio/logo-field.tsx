"use client";

import { useTranslations } from "next-intl";
import type { ChosenImage } from "./image-field";
import { ImageInput } from "./image-input";

/** The site's logo: upload (with progress and a preview) or remove; saved with the settings form. */
export function LogoField({ initial, errors }: { initial: ChosenImage | null; errors?: string[] }) {
  const t = useTranslations("studio.settings");
  return (
    <ImageInput
      name="logoAssetId"
      purpose="logo"
      initial={initial}
      errors={errors}
      texts={{ label: t("logo"), hint: t("logoHint"), preview: t("logoPreview"), empty: t("noLogo"), remove: t("removeLogo"), uploading: t("uploading") }}
    />
  );
}
