import { paths, sectionIds } from '@/config/paths.ts';
import type { MentionRow } from '@/bundle/mentions.ts';
import { ChartFrame } from '@/ui/chart-frame.tsx';
import { amountFields } from '@/ui/csv-fields.ts';
import { useChartSource } from '@/ui/chart-source.ts';
import { MentionBarChart, mentionChartHeight } from '@/ui/mention-bar-chart.tsx';
import { MENTION_BARS_MAX, moneyMentionsSummary } from '@/ui/mention-bars.ts';
import { MentionFilters } from '@/ui/mention-filters.tsx';
import { MentionTable } from '@/ui/mention-table.tsx';
import { EmptyState } from '@/ui/states.tsx';
import { formatMoneyMention, formatMoneyTick } from '@/ui/money-format.ts';
import { strings } from '@/ui/strings.en.ts';
import { useMentionFilter } from '@/ui/use-mention-filter.ts';
import { moneyMentionChart } from './savings-series.ts';

const mm = strings.mentions.money;

/**
 * Amounts the record mentions that no editor has reviewed: each drawn alone, never added. A long
 * record is narrowed by year, body and issue; the chart draws at most MENTION_BARS_MAX of them
 * and the table below lists every one the filters keep.
 */
export function MentionedAmounts({
  mentions,
  figuresReviewed,
}: {
  mentions: readonly MentionRow<'money'>[];
  figuresReviewed: boolean;
}) {
  const id = sectionIds.mentionedAmounts;
  if (mentions.length === 0) {
    return (
      <section aria-labelledby={id}>
        <h2 id={id}>{mm.heading}</h2>
        <EmptyState title={mm.empty(figuresReviewed)} />
      </section>
    );
  }
  return <Filtered id={id} mentions={mentions} />;
}

function Filtered({ id, mentions }: { id: string; mentions: readonly MentionRow<'money'>[] }) {
  const state = useMentionFilter(mentions, MENTION_BARS_MAX);
  const rows = state.shown;
  const chart = moneyMentionChart(rows);
  const source = useChartSource(strings.chart.drawnFrom.mentionedAmounts);
  // One frame whatever the filters leave, so the filters keep their place and focus.
  return (
    <ChartFrame
      id={id}
      title={mm.heading}
      summary={
        rows.length === 0
          ? strings.mentions.filter.noMatch
          : moneyMentionsSummary(rows, chart, state.filter.year)
      }
      height={mentionChartHeight(chart.bars)}
      source={source}
      chart={
        chart.anyDrawn ? (
          <MentionBarChart bars={chart.bars} ticks={chart.ticks} tickFormat={formatMoneyTick} />
        ) : null
      }
      table={
        rows.length > 0 && (
          <MentionTable
            caption={mm.caption}
            quantityHeader={mm.colAmount}
            rows={rows}
            quantity={(r) => formatMoneyMention(r.mention)}
            // A rate ("£5 per hour") is in its quote, beside the plain amount.
            quantityCsv={amountFields<MentionRow<'money'>>(mm.colAmount, (r) => r.mention)}
            sourcePath={(r) => paths.sourceOf(r.mention)}
            placePath={(place) => paths.issue(place.item.issueId, { itemId: place.item.id })}
          />
        )
      }
    >
      <p>{strings.mentions.notReviewedNote}</p>
      <MentionFilters state={state} />
    </ChartFrame>
  );
}
