// Common English given names and the grammatical gender English pronouns give them. A
// general list (no names of public figures), used only so that `she said` is not resolved to the last man who spoke.
const FEMALE = `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy
grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella
charlotte rose alexis kayla nancy angela theresa christine janet sarah donna debbie elizabeth susan
taylor valerie samantha monica ruth amy claire kate anne jane margaret maria`;
const MALE = `james robert john michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan
juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny bill mike ted
chris sean angela benjamin justin kevin chris tom dick harry al gerald jimmy ronald martin jesse`;

const gender = new Map<string, "f" | "m">();
for (const n of FEMALE.split(/\s+/)) if (n) gender.set(n, "f");
for (const n of MALE.split(/\s+/)) if (n && !gender.has(n)) gender.set(n, "m");

export function genderOfGivenName(name: string): "f" | "m" | undefined {
  return gender.get(name.toLowerCase());
}
