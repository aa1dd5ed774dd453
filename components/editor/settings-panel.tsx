"use client";

import type { Locale } from "@/lib/i18n/routing";
import type { ReactNode } from "react";
import type { ChosenImage } from "@/components/studio/image-field";
import type { DraftValues } from "./draft-types";
import { CtaFieldset, PublicationFieldset, SearchFieldset, type Option } from "./settings-fieldsets";
import { TranslationSection, type Translation } from "./translation-section";

export type { Option, Translation };

type Props = {
  values: DraftValues;
  errors: Record<string, string[]>;
  editable: boolean;
  published: boolean;
  people: Option[];
  series: Option[];
  translations: Translation[];
  pathPrefix: (locale: string) => string;
  onChange: (patch: Partial<DraftValues>) => void;
  onTranslate: (locale: Locale) => void;
  translating: boolean;
  socialImage: ChosenImage | null;
  onSocialImage: (image: ChosenImage | null) => void;
  /** The featured person's consent and the link to ask for it. */
  consent: ReactNode;
};

/** Everything beside the text: address, person, series, language, translations, search and call to action. */
export function SettingsPanel(props: Props) {
  const { values, errors, editable, onChange } = props;
  const fieldset = { values, errors, editable, onChange };
  return (
    <div className="settings-panel">
      <PublicationFieldset {...fieldset} published={props.published} people={props.people} series={props.series} pathPrefix={props.pathPrefix} />
      {props.consent}
      <TranslationSection
        locale={values.locale}
        translations={props.translations}
        editable={editable}
        translating={props.translating}
        onTranslate={props.onTranslate}
      />
      <SearchFieldset {...fieldset} socialImage={props.socialImage} onSocialImage={props.onSocialImage} />
      <CtaFieldset {...fieldset} />
    </div>
  );
}
