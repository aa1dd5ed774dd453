"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ImageField, type ChosenImage } from "./image-field";

/**
 * The site's logo: upload (with progress and a preview) or remove. The chosen asset goes
 * into the settings form as `logoAssetId` and takes effect when the form is saved.
 */
export function LogoField({ initial, errors }: { initial: ChosenImage | null; errors?: string[] }) {
  const t = useTranslations("studio.settings");
  const [logo, setLogo] = useState(initial);
  return (
    <>
      <input type="hidden" name="logoAssetId" value={logo?.id ?? ""} />
      <ImageField
        purpose="logo"
        value={logo}
        onChange={setLogo}
        errors={errors}
        texts={{ label: t("logo"), hint: t("logoHint"), preview: t("logoPreview"), empty: t("noLogo"), remove: t("removeLogo"), uploading: t("uploading") }}
      />
    </>
  );
}
