/**
 * The account projection of the retirement tab (contributions of 8% of the wage a month, credited at the
 * 记账利率), loaded the first time a person chooses to project the account instead of entering its balance.
 */
export { contributionSchedule, projectAccount } from '@hbrs/sdk/policy';
