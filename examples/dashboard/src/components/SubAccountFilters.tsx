// Manage Users' search box and filters: text (name, email or plan), plan, access.
import type { Plan } from '@plankit/rules';
import type { AccessFilter } from '../hooks/useSubAccountSearch';

export function SubAccountFilters(props: {
  text: string;
  onTextChange: (text: string) => void;
  plans: readonly Plan[];
  planId: string;
  onPlanChange: (planId: string) => void;
  access: AccessFilter;
  onAccessChange: (access: AccessFilter) => void;
}) {
  return (
    <search className="filters" aria-label="Search sub-accounts">
      <label className="filter filter-text">
        <span className="filter-label">Search</span>
        <input
          type="search"
          value={props.text}
          placeholder="Name, email or plan"
          onChange={(event) => props.onTextChange(event.target.value)}
        />
      </label>
      <label className="filter">
        <span className="filter-label">Plan</span>
        <select value={props.planId} onChange={(event) => props.onPlanChange(event.target.value)}>
          <option value="">All plans</option>
          {props.plans.map((plan) => (
            <option key={plan.id} value={plan.id}>
              {plan.name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter">
        <span className="filter-label">Access</span>
        <select value={props.access} onChange={(event) => props.onAccessChange(event.target.value as AccessFilter)}>
          <option value="all">All</option>
          <option value="active">Active</option>
          <option value="blocked">Blocked</option>
        </select>
      </label>
    </search>
  );
}
