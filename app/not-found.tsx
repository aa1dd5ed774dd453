import "./globals.css";
import Link from "next/link";

// Requests outside any locale (the proxy sends every page path to one) end here.
export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body>
        <main className="container not-found">
          <h1>Seite nicht gefunden · Page not found</h1>
          <p>
            <Link href="/de">Zur Startseite</Link> · <Link href="/en">Home page</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
