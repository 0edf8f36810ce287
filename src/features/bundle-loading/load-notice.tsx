import { useState } from 'react';
import { COLLECTIONS } from '@/bundle/collections.ts';
import type { LoadReport, RecordKind, SetAside } from '@/bundle/load-bundle.ts';
import { SCHEMA_VERSION } from '@/bundle/schema-version.ts';
import { useLoadedBundle } from '@/data/bundle-query.ts';
import { strings } from '@/ui/strings.en.ts';
import './bundle-loading.css';

const KINDS: RecordKind[] = ['council', ...COLLECTIONS];

function recordPath(record: SetAside): string {
  return record.kind === 'council' ? 'council' : `${record.kind}[${record.index}]`;
}

function SetAsideList({ setAside }: { setAside: readonly SetAside[] }) {
  const s = strings.loadNotice;
  // The list can run to thousands of entries, so it is drawn only once someone opens it.
  const [open, setOpen] = useState(false);
  return (
    <details className="load-notice-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{s.showList(setAside.length)}</summary>
      {open && (
        <ol className="set-aside-list">
          {setAside.map((record) => (
            <li
              key={`${record.kind}-${record.index}`}
              aria-labelledby={`set-aside-${record.kind}-${record.index}`}
            >
              <code id={`set-aside-${record.kind}-${record.index}`}>
                {s.record(recordPath(record), record.id)}
              </code>
              {record.knockOn && <p className="set-aside-knock-on">{s.knockOn}</p>}
              <ul>
                {record.problems.map((p, i) => (
                  <li key={`${p.path}-${i}`}>
                    <code>{p.path}</code>: {p.message}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}

function SetAsideNotice({ report }: { report: LoadReport }) {
  const s = strings.loadNotice;
  const parts = KINDS.filter((kind) => report.counts[kind].setAside > 0).map((kind) =>
    s.counted(kind, report.counts[kind].setAside, report.counts[kind].total),
  );
  const knockOns = report.setAside.filter((r) => r.knockOn).length;
  return (
    <section className="load-notice load-notice-warning" aria-labelledby="set-aside-heading">
      <h2 id="set-aside-heading">{s.setAsideHeading}</h2>
      <p>{s.setAsideLead(strings.chart.list(parts))}</p>
      {knockOns > 0 && <p>{s.knockOnLead(knockOns)}</p>}
      <SetAsideList setAside={report.setAside} />
    </section>
  );
}

function AboutNotice({ report }: { report: LoadReport }) {
  const s = strings.loadNotice;
  const newer = report.notices.find((n) => n.kind === 'newer-version');
  const unknown = report.notices.find((n) => n.kind === 'unknown-fields');
  if (!newer && !unknown) return null;
  return (
    <section className="load-notice load-notice-info" aria-labelledby="bundle-about-heading">
      <h2 id="bundle-about-heading">{s.aboutHeading}</h2>
      {newer && <p>{s.newerVersion(newer.version, SCHEMA_VERSION)}</p>}
      {unknown && (
        <details className="load-notice-details">
          <summary>{s.unknownFields(unknown.fields.length)}</summary>
          <ul>
            {unknown.fields.map((f) => (
              <li key={f.path}>
                <code>{s.unknownField(f.path, f.records)}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/**
 * What the loader set aside or noticed, on every page while the bundle is open: nothing it
 * leaves out goes unsaid.
 */
export function LoadNotice() {
  const query = useLoadedBundle();
  if (!query.data) return null;
  const { report } = query.data;
  if (report.setAside.length === 0 && report.notices.length === 0) return null;
  return (
    <div className="page load-notices">
      {report.setAside.length > 0 && <SetAsideNotice report={report} />}
      <AboutNotice report={report} />
    </div>
  );
}
