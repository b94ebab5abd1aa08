/**
 * What validation.IsValidPortName (k8s.io/apimachinery/pkg/util/validation) finds wrong with a port name,
 * or undefined when the name is a valid IANA_SVC_NAME: at most 15 characters of a-z, 0-9 and "-", at least
 * one letter, no "--", no "-" at either end. Container ports, probe ports and Service targetPorts given by
 * name are held to it.
 */
export function portNameProblem(name: string): string | undefined {
  const problems: string[] = [];
  if (name.length > 15) problems.push(`is ${name.length} characters long, more than 15`);
  if (!/^[-a-z0-9]*$/.test(name)) problems.push('may contain only a-z, 0-9 and "-"');
  if (!/[a-z]/.test(name)) problems.push('must contain a letter (a-z)');
  if (name.includes('--')) problems.push('must not contain "--"');
  if (name.startsWith('-') || name.endsWith('-')) problems.push('must not begin or end with "-"');
  return problems.length > 0 ? problems.join(', ') : undefined;
}
