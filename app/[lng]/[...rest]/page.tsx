import { notFound } from "next/navigation";

/** Any unknown path below a language answers 404 inside the localized layout. */
export default function UnknownPage(): never {
  notFound();
}
