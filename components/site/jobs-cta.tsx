export function JobsCta({ title, text, label, href }: { title: string; text: string; label: string; href: string }) {
  return (
    <section className="jobs-cta" aria-labelledby="jobs-cta-title">
      <div className="container jobs-cta-inner">
        <div>
          <h2 id="jobs-cta-title">{title}</h2>
          <p>{text}</p>
        </div>
        <a className="button button-inverse" href={href}>
          {label}
        </a>
      </div>
    </section>
  );
}
