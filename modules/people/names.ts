/** A person's name as shown everywhere: with the academic title in front ("Dr. Friederike Hoß"). */
export function fullName(person: { academicTitle: string | null; displayName: string }): string {
  return [person.academicTitle, person.displayName].filter(Boolean).join(" ");
}
