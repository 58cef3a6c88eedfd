// Every UI string, bundled at build time: no file reads at run time, and TypeScript checks keys
// against the English files (lib/i18n/i18next.d.ts). Server-side only: the layout sends the
// browser just its own language (app/_components/i18n-provider.tsx).
import enAccount from "@/locales/en/account.json";
import enAdmin from "@/locales/en/admin.json";
import enApi from "@/locales/en/api.json";
import enAuth from "@/locales/en/auth.json";
import enCommon from "@/locales/en/common.json";
import enDashboard from "@/locales/en/dashboard.json";
import enEditor from "@/locales/en/editor.json";
import enGlossary from "@/locales/en/glossary.json";
import enLanding from "@/locales/en/landing.json";
import enManage from "@/locales/en/manage.json";
import enNotifications from "@/locales/en/notifications.json";
import enPublishing from "@/locales/en/publishing.json";
import enQa from "@/locales/en/qa.json";
import enRecognition from "@/locales/en/recognition.json";
import enReview from "@/locales/en/review.json";
import enTmx from "@/locales/en/tmx.json";
import enValidation from "@/locales/en/validation.json";
import enWork from "@/locales/en/work.json";
import enWorkflow from "@/locales/en/workflow.json";
import enXliff from "@/locales/en/xliff.json";
import esAccount from "@/locales/es/account.json";
import esAdmin from "@/locales/es/admin.json";
import esApi from "@/locales/es/api.json";
import esAuth from "@/locales/es/auth.json";
import esCommon from "@/locales/es/common.json";
import esDashboard from "@/locales/es/dashboard.json";
import esEditor from "@/locales/es/editor.json";
import esGlossary from "@/locales/es/glossary.json";
import esLanding from "@/locales/es/landing.json";
import esManage from "@/locales/es/manage.json";
import esNotifications from "@/locales/es/notifications.json";
import esPublishing from "@/locales/es/publishing.json";
import esQa from "@/locales/es/qa.json";
import esRecognition from "@/locales/es/recognition.json";
import esReview from "@/locales/es/review.json";
import esTmx from "@/locales/es/tmx.json";
import esValidation from "@/locales/es/validation.json";
import esWork from "@/locales/es/work.json";
import esWorkflow from "@/locales/es/workflow.json";
import esXliff from "@/locales/es/xliff.json";
import frAccount from "@/locales/fr/account.json";
import frAdmin from "@/locales/fr/admin.json";
import frApi from "@/locales/fr/api.json";
import frAuth from "@/locales/fr/auth.json";
import frCommon from "@/locales/fr/common.json";
import frDashboard from "@/locales/fr/dashboard.json";
import frEditor from "@/locales/fr/editor.json";
import frGlossary from "@/locales/fr/glossary.json";
import frLanding from "@/locales/fr/landing.json";
import frManage from "@/locales/fr/manage.json";
import frNotifications from "@/locales/fr/notifications.json";
import frPublishing from "@/locales/fr/publishing.json";
import frQa from "@/locales/fr/qa.json";
import frRecognition from "@/locales/fr/recognition.json";
import frReview from "@/locales/fr/review.json";
import frTmx from "@/locales/fr/tmx.json";
import frValidation from "@/locales/fr/validation.json";
import frWork from "@/locales/fr/work.json";
import frWorkflow from "@/locales/fr/workflow.json";
import frXliff from "@/locales/fr/xliff.json";
import arAccount from "@/locales/ar/account.json";
import arAdmin from "@/locales/ar/admin.json";
import arApi from "@/locales/ar/api.json";
import arAuth from "@/locales/ar/auth.json";
import arCommon from "@/locales/ar/common.json";
import arDashboard from "@/locales/ar/dashboard.json";
import arEditor from "@/locales/ar/editor.json";
import arGlossary from "@/locales/ar/glossary.json";
import arLanding from "@/locales/ar/landing.json";
import arManage from "@/locales/ar/manage.json";
import arNotifications from "@/locales/ar/notifications.json";
import arPublishing from "@/locales/ar/publishing.json";
import arQa from "@/locales/ar/qa.json";
import arRecognition from "@/locales/ar/recognition.json";
import arReview from "@/locales/ar/review.json";
import arTmx from "@/locales/ar/tmx.json";
import arValidation from "@/locales/ar/validation.json";
import arWork from "@/locales/ar/work.json";
import arWorkflow from "@/locales/ar/workflow.json";
import arXliff from "@/locales/ar/xliff.json";
import type { Namespace } from "./namespaces";
import { pseudoBundle } from "./pseudo";
import type { UiLanguage } from "./settings";

export const englishResources = {
  common: enCommon,
  account: enAccount,
  admin: enAdmin,
  api: enApi,
  auth: enAuth,
  dashboard: enDashboard,
  editor: enEditor,
  glossary: enGlossary,
  landing: enLanding,
  manage: enManage,
  notifications: enNotifications,
  publishing: enPublishing,
  qa: enQa,
  recognition: enRecognition,
  review: enReview,
  tmx: enTmx,
  validation: enValidation,
  work: enWork,
  workflow: enWorkflow,
  xliff: enXliff,
} satisfies Record<Namespace, unknown>;

/** Other languages may lack a key while being translated; i18next then falls back to English. */
export type Bundle = Record<Namespace, Record<string, unknown>>;

export const resources: Record<UiLanguage, Bundle> = {
  en: englishResources,
  es: {
    common: esCommon,
    account: esAccount,
    admin: esAdmin,
    api: esApi,
    auth: esAuth,
    dashboard: esDashboard,
    editor: esEditor,
    glossary: esGlossary,
    landing: esLanding,
    manage: esManage,
    notifications: esNotifications,
    publishing: esPublishing,
    qa: esQa,
    recognition: esRecognition,
    review: esReview,
    tmx: esTmx,
    validation: esValidation,
    work: esWork,
    workflow: esWorkflow,
    xliff: esXliff,
  },
  fr: {
    common: frCommon,
    account: frAccount,
    admin: frAdmin,
    api: frApi,
    auth: frAuth,
    dashboard: frDashboard,
    editor: frEditor,
    glossary: frGlossary,
    landing: frLanding,
    manage: frManage,
    notifications: frNotifications,
    publishing: frPublishing,
    qa: frQa,
    recognition: frRecognition,
    review: frReview,
    tmx: frTmx,
    validation: frValidation,
    work: frWork,
    workflow: frWorkflow,
    xliff: frXliff,
  },
  ar: {
    common: arCommon,
    account: arAccount,
    admin: arAdmin,
    api: arApi,
    auth: arAuth,
    dashboard: arDashboard,
    editor: arEditor,
    glossary: arGlossary,
    landing: arLanding,
    manage: arManage,
    notifications: arNotifications,
    publishing: arPublishing,
    qa: arQa,
    recognition: arRecognition,
    review: arReview,
    tmx: arTmx,
    validation: arValidation,
    work: arWork,
    workflow: arWorkflow,
    xliff: arXliff,
  },
  // Made from English when the module loads: a few thousand short strings.
  qps: pseudoBundle(englishResources),
};
