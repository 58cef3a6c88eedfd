import { FieldFrame } from "@/app/_components/field-frame";
import { UNASSIGNED } from "@/lib/insights/matrix-query";

type Props = {
  label: string;
  anyone: string;
  unassigned: string;
  people: { id: number; name: string }[];
  selected: number | typeof UNASSIGNED | undefined;
};

/** The translator filter. People's names are data, not UI text: marked so nobody translates them. */
export function AssigneeField({ label, anyone, unassigned, people, selected }: Props) {
  return (
    <FieldFrame label={label}>
      {(control) => (
        <select {...control} name="assignee" defaultValue={selected === undefined ? "" : String(selected)}>
          <option value="">{anyone}</option>
          <option value={UNASSIGNED}>{unassigned}</option>
          {people.map((person) => (
            <option key={person.id} value={String(person.id)} translate="no">
              {person.name}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
