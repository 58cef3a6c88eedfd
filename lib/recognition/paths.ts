// Addresses of the recognition pages, built in one place so links and routes cannot disagree.

/** A volunteer's public profile (404 unless they made it public). */
export function volunteerProfilePath(lng: string, userId: number): string {
  return `/${lng}/volunteers/${userId}`;
}

/** The signed-in person's certificate of contribution, as a PDF in the page's language. */
export function certificatePath(lng: string): string {
  return `/${lng}/certificate`;
}

/** Where the settings page offers the public-profile choice. */
export function profileSettingsPath(lng: string): string {
  return `/${lng}/settings#public-profile`;
}
