import type { DepartmentKey, LocationKey } from "./company";
import type { PortraitSpec } from "../portraits";

export type SeedPerson = {
  key: string;
  displayName: string;
  academicTitle?: string;
  jobTitle: { de: string; en: string };
  department: DepartmentKey;
  location: LocationKey;
  startDate: string;
  portrait: PortraitSpec;
  alt: { de: string; en: string };
};

export const people: SeedPerson[] = [
  {
    key: "marco",
    displayName: "Marco Bellini",
    jobTitle: { de: "Senior Produktionsmanager", en: "Senior Production Manager" },
    department: "produktion",
    location: "stuttgart",
    startDate: "2017-02-01",
    portrait: { skin: "#d9a77f", hair: "#2b211c", style: "short", shirt: "#1f3a5f", background: ["#f3d9c4", "#e8b894"], beard: true },
    alt: {
      de: "Marco Bellini mit kurzen dunklen Haaren und Bart, in dunkelblauem Hemd",
      en: "Marco Bellini with short dark hair and a beard, in a dark blue shirt",
    },
  },
  {
    key: "hoss",
    displayName: "Friederike Hoß",
    academicTitle: "Dr.",
    jobTitle: { de: "Leiterin Werkstofflabor", en: "Head of the Materials Lab" },
    department: "entwicklung",
    location: "leipzig",
    startDate: "2015-06-01",
    portrait: { skin: "#f1c8a8", hair: "#b9b2a8", style: "bob", shirt: "#3f5e4a", background: ["#dfe8dc", "#b8ccb4"], glasses: true },
    alt: { de: "Dr. Friederike Hoß mit grauem Bob und Brille, in grüner Bluse", en: "Dr. Friederike Hoß with a grey bob and glasses, in a green blouse" },
  },
  {
    key: "jonas",
    displayName: "Jonas Weißmüller",
    jobTitle: { de: "Auszubildender Mechatroniker", en: "Mechatronics Apprentice" },
    department: "produktion",
    location: "stuttgart",
    startDate: "2024-09-01",
    portrait: { skin: "#f3cdb0", hair: "#c98b3c", style: "curly", shirt: "#b4461b", background: ["#f6e3c9", "#ecc792"] },
    alt: { de: "Jonas Weißmüller mit rotblonden Locken, in orangefarbenem Shirt", en: "Jonas Weißmüller with strawberry-blond curls, in an orange shirt" },
  },
  {
    key: "aylin",
    displayName: "Aylin Öztürk",
    jobTitle: { de: "Key-Account-Managerin", en: "Key Account Manager" },
    department: "vertrieb",
    location: "stuttgart",
    startDate: "2026-03-01",
    portrait: { skin: "#c98e66", hair: "#1b1412", style: "long", shirt: "#6d2e46", background: ["#f0d6dc", "#d9a7b4"] },
    alt: { de: "Aylin Öztürk mit langen schwarzen Haaren, in weinroter Bluse", en: "Aylin Öztürk with long black hair, in a burgundy blouse" },
  },
  {
    key: "tobias",
    displayName: "Tobias Krämer",
    jobTitle: { de: "Anwendungsingenieur", en: "Application Engineer" },
    department: "entwicklung",
    location: "leipzig",
    startDate: "2019-04-01",
    portrait: { skin: "#e8b996", hair: "#6b4a2e", style: "short", shirt: "#2f4858", background: ["#d6e4ea", "#a9c4d0"], glasses: true },
    alt: {
      de: "Tobias Krämer mit kurzen braunen Haaren und Brille, in petrolfarbenem Pullover",
      en: "Tobias Krämer with short brown hair and glasses, in a teal jumper",
    },
  },
  {
    key: "sabine",
    displayName: "Sabine Größl",
    jobTitle: { de: "Schichtleiterin Montage", en: "Assembly Shift Supervisor" },
    department: "produktion",
    location: "stuttgart",
    startDate: "2008-08-01",
    portrait: { skin: "#efc3a0", hair: "#8a5a35", style: "bun", shirt: "#44546a", background: ["#e4e1f0", "#bdb6dc"] },
    alt: { de: "Sabine Größl mit hochgestecktem braunem Haar, in grauer Arbeitsjacke", en: "Sabine Größl with brown hair pinned up, in a grey work jacket" },
  },
  {
    key: "malte",
    displayName: "Malte Jürgensen",
    jobTitle: { de: "Servicetechniker im Außendienst", en: "Field Service Technician" },
    department: "vertrieb",
    location: "leipzig",
    startDate: "2021-01-15",
    portrait: { skin: "#f0c9a9", hair: "#d8c08a", style: "short", shirt: "#35524a", background: ["#dcecdf", "#a7cdb1"], beard: true },
    alt: { de: "Malte Jürgensen mit blonden Haaren und Bart, in dunkelgrünem Shirt", en: "Malte Jürgensen with blond hair and a beard, in a dark green shirt" },
  },
  {
    key: "lea",
    displayName: "Lea Schäfer",
    jobTitle: { de: "Embedded-Softwareentwicklerin", en: "Embedded Software Developer" },
    department: "entwicklung",
    location: "leipzig",
    startDate: "2023-10-01",
    portrait: { skin: "#f5d2b8", hair: "#5a3a24", style: "long", shirt: "#2c3e6b", background: ["#d9e0f2", "#a9b7e0"], glasses: true },
    alt: {
      de: "Lea Schäfer mit langen braunen Haaren und Brille, in dunkelblauem Pullover",
      en: "Lea Schäfer with long brown hair and glasses, in a navy jumper",
    },
  },
  {
    key: "hannah",
    displayName: "Hannah Nguyen",
    jobTitle: { de: "Qualitätsmanagerin", en: "Quality Manager" },
    department: "produktion",
    location: "leipzig",
    startDate: "2016-05-01",
    portrait: { skin: "#e6bb94", hair: "#15100e", style: "bob", shirt: "#8a5a1f", background: ["#f5e6c8", "#e5c78a"] },
    alt: { de: "Hannah Nguyen mit schwarzem Bob, in ockerfarbener Bluse", en: "Hannah Nguyen with a black bob, in an ochre blouse" },
  },
  {
    key: "oemer",
    displayName: "Ömer Yıldız",
    jobTitle: { de: "Teamleiter Logistik", en: "Logistics Team Lead" },
    department: "produktion",
    location: "stuttgart",
    startDate: "2012-03-01",
    portrait: { skin: "#c89470", hair: "#241a15", style: "short", shirt: "#4b5d2e", background: ["#e5ead5", "#c3cf9f"], beard: true },
    alt: { de: "Ömer Yıldız mit kurzen schwarzen Haaren und Bart, in olivgrünem Hemd", en: "Ömer Yıldız with short black hair and a beard, in an olive shirt" },
  },
  {
    key: "petra",
    displayName: "Petra Lüdemann",
    jobTitle: { de: "Teamleiterin Innendienst", en: "Inside Sales Team Lead" },
    department: "vertrieb",
    location: "leipzig",
    startDate: "2010-09-01",
    portrait: { skin: "#f2cbb0", hair: "#a0522d", style: "bob", shirt: "#1e4d5c", background: ["#d3e9ec", "#98c9d1"] },
    alt: { de: "Petra Lüdemann mit rotbraunem Bob, in petrolfarbener Bluse", en: "Petra Lüdemann with an auburn bob, in a teal blouse" },
  },
];
