import { Refusal } from "@/components/ui/page";

export function AdminsOnly() {
  return (
    <Refusal title="Admins only">
      <p>
        This page is for the admins who grant instructor roles. Your account is not an admin account, so it shows
        nothing here.
      </p>
    </Refusal>
  );
}
