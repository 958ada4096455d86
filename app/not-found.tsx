import Link from 'next/link';
import { PageIntro } from '@/components/site/PageIntro';
import { SiteFooter } from '@/components/site/SiteFooter';
import { SiteHeader } from '@/components/site/SiteHeader';

// The root not-found renders outside the (site) group's layout, so it brings the header itself.
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main">
        <PageIntro eyebrow="404" title="There is no page here" lead="The link may be old, or the explainer may have moved.">
          <p>
            <Link href="/">Browse all explainers</Link>
          </p>
        </PageIntro>
      </main>
      <SiteFooter />
    </>
  );
}
