import { PressButton } from '@/components/common/press-button';
interface SourcesOfferProps {
  onAccept(): void;
  onDismiss(): void;
}

/**
 * Shown once, on the first paper page: the opt-in sources tell Hugging Face and Semantic Scholar
 * which papers the user views, so they stay off until the user says so.
 */
export function SourcesOffer({ onAccept, onDismiss }: SourcesOfferProps) {
  return (
    <div className="lens-offer" role="note" data-sources-offer="">
      <span>More summaries: Semantic Scholar TLDRs on listings and Hugging Face for any paper page. They send the ids of the papers you view.</span>
      <PressButton className="lens-button" data-action="accept-sources" onPress={onAccept}>
        Choose sources…
      </PressButton>
      <PressButton className="lens-link" data-action="dismiss-sources" onPress={onDismiss}>
        Not now
      </PressButton>
    </div>
  );
}
