/**
 * Common romanisation alternates of name words that spelling distance and consonant skeletons do
 * not catch: Russian vs Ukrainian forms (Vladimir/Volodymyr, Igor/Ihor), Korean surname systems
 * (Kim/Gim, Lee/Ri/Yi), Arabic name forms (Ali/Aly, Qasim/Ghasem, Yusuf/Josef). Each group is one
 * class; two words in the same class are near-equal.
 */

const groups: string[][] = [
  ['vladimir', 'volodymyr', 'wladimir', 'vladymyr', 'volodimir'],
  ['igor', 'ihor', 'ihar'],
  ['oleg', 'oleh', 'aleh'],
  ['aleksandr', 'alexander', 'aleksander', 'oleksandr', 'alexandr', 'aliaksandr', 'alexandre', 'alessandro'],
  ['aleksei', 'alexei', 'aleksey', 'alexey', 'oleksiy', 'oleksii', 'aliaksei'],
  ['sergei', 'sergey', 'serhiy', 'serhii', 'siarhei', 'sergiy'],
  ['dmitry', 'dmitri', 'dmitriy', 'dmytro', 'dzmitry'],
  ['andrei', 'andrey', 'andriy', 'andrii', 'andrej'],
  ['nikolai', 'nikolay', 'mykola', 'mikalai', 'nicolai'],
  ['mikhail', 'mihail', 'mykhailo', 'mikhailo', 'mihails', 'michail', 'mihali'],
  ['yuri', 'yuriy', 'yury', 'iurii', 'yurii', 'jurij', 'juri'],
  ['yevgeny', 'yevgeniy', 'evgeny', 'evgenii', 'yevhen', 'evgeni', 'jevgenij'],
  ['grigory', 'grigoriy', 'hryhoriy', 'hryhorii', 'grigori'],
  ['georgy', 'georgiy', 'heorhiy', 'heorhii', 'georgi'],
  ['vasily', 'vasiliy', 'vasyl', 'vasili', 'vasilii'],
  ['pavel', 'pavlo', 'paval'],
  ['yuliya', 'yulia', 'iuliia', 'julia', 'yuliia', 'iulia'],
  ['natalya', 'natalia', 'nataliya', 'natallia'],
  ['tatyana', 'tatiana', 'tetiana', 'tatsiana'],
  ['olga', 'olha', 'volha'],
  ['kim', 'gim'],
  ['lee', 'li', 'ri', 'yi', 'rhee', 'rhi'],
  ['choe', 'choi', 'chwe'],
  ['pak', 'park', 'bak'],
  ['jong', 'jung', 'chong', 'chung'],
  ['ali', 'aly', 'alee'],
  ['qasim', 'qasem', 'ghasem', 'kasim', 'kassem', 'qassem', 'gasim', 'ghassem', 'casim'],
  ['yusuf', 'yousef', 'youssef', 'yusef', 'josef', 'joseph', 'yosef', 'yousif', 'yussuf', 'yousuf'],
  ['hussein', 'husayn', 'hussain', 'hossein', 'husain', 'hosein', 'hussien', 'houssein'],
  ['uthman', 'othman', 'osman', 'usman', 'uthmane'],
  ['usama', 'osama', 'oussama'],
  ['jamal', 'gamal', 'djamal'],
  ['jafar', 'jaafar', 'djafar', 'gafar'],
  ['muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohamed', 'mohamad', 'muhamad', 'mohd', 'mehmet', 'mahomed'],
  ['abdul', 'abdel', 'abdol', 'abd', 'abdal', 'abdoul'],
  ['zakaria', 'zakariya', 'zakariyya', 'zakariah'],
  ['mustafa', 'mostafa', 'moustafa', 'mustapha'],
  ['hajji', 'haji', 'hadji', 'hajj'],
];

const classOf = new Map<string, number>();
groups.forEach((g, i) => g.forEach((w) => classOf.set(w, i)));

/**
 * The alternates class of a folded word, or -1.
 * @example romanisationClass('volodymyr') === romanisationClass('vladimir')
 */
export function romanisationClass(word: string): number {
  return classOf.get(word) ?? -1;
}

/** Every member of a word's class (empty when it has none). */
export function romanisationAlternates(word: string): readonly string[] {
  const c = classOf.get(word);
  return c === undefined ? [] : groups[c]!;
}
