/**
 * Sample mode: while the CJG has not yet confirmed its phone number, e-mail,
 * reply times and complaint route, pages mark those invented facts with the
 * SampleData component (src/components/content/SampleData.astro). Set
 * PUBLIC_SAMPLE_DATA=false (or 0, off, nee) at build time for the launch; any
 * other value, or none, keeps the markers on.
 */
export function sampleDataShown(value: string | undefined): boolean {
  return !/^(false|0|off|no|nee)$/i.test((value ?? '').trim());
}

export const showSampleData: boolean = sampleDataShown(import.meta.env.PUBLIC_SAMPLE_DATA);
