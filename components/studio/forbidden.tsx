/** What a signed-in user sees on a studio page their role does not include. */
export function Forbidden({ what }: { what: string }) {
  return (
    <>
      <h1>Keine Berechtigung</h1>
      <p>{what} ist der Administration vorbehalten.</p>
    </>
  );
}
