/** Open jobs as the call to action lists them: already in the reader's language. */
export type OpenJobs = { heading: string; items: { id: string; title: string; url: string; where: string }[] };

/**
 * The dark call to action at the foot of a page: a line, a button to every open job and,
 * when there are some, the open jobs closest to the page (its department's, or the newest).
 */
export function JobsCta({ title, text, label, href, jobs }: { title: string; text: string; label: string; href: string; jobs?: OpenJobs | null }) {
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
        {jobs?.items.length ? (
          <div className="jobs-cta-list">
            <h3 id="jobs-cta-open">{jobs.heading}</h3>
            <ul role="list" aria-labelledby="jobs-cta-open">
              {jobs.items.map((job) => (
                <li key={job.id}>
                  <a href={job.url}>{job.title}</a>
                  {job.where ? <span>{job.where}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
