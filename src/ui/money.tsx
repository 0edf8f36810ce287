import { formatAmount } from './format.ts';

type Amount = {
  value?: number | undefined;
  low?: number | undefined;
  high?: number | undefined;
  unit: 'GBP' | 'percent' | 'fte';
};

/** An amount in en-GB form: "£213,000", "£0.8m-£1.2m". */
export function Money({ amount }: { amount: Amount }) {
  const machine =
    amount.value !== undefined ? String(amount.value) : `${amount.low ?? ''}-${amount.high ?? ''}`;
  return (
    <data className="amount" value={machine}>
      {formatAmount(amount)}
    </data>
  );
}
