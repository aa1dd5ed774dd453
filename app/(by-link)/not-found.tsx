// A link that expired, was revoked or replaced, or never existed: said in both languages, as the link's language is unknown.
export default function LinkNotFound() {
  return (
    <main className="container not-found">
      <h1>Dieser Link funktioniert nicht (mehr)</h1>
      <p>Er ist abgelaufen, wurde widerrufen oder durch einen neueren ersetzt. Bitte frag im Personalteam nach einem neuen.</p>
      <p lang="en">This link has expired, was revoked or was replaced by a newer one. Please ask the HR team for a new one.</p>
    </main>
  );
}
