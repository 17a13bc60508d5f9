// Data only: what web pages wrap around an article. The code that applies it lives in clean.ts.
// Each pattern is matched against one whole line, trimmed. Keep them anchored (^…$) so that a
// sentence that merely mentions "subscribe" or "cookies" is never dropped.

/** Lines that are never part of an article. */
export const BOILERPLATE_LINES: readonly RegExp[] = [
  // summary teasers and reading-time widgets
  /^no time to read\??$/i,
  /^(get|read) (a|the) summary$/i,
  /^(summary|tl;?dr|key points)\s*:?$/i,
  /^\d+\s*(min|minute)s?\s*(read|listen)$/i,
  /^scroll (down|up) for (the )?(video|videos|more|pictures)$/i,
  /^listen to (this|the) (article|story)( \(?\d+ ?min\)?)?$/i,
  // navigation
  /^(previous|next|prev)( (article|story|post|page))?$/i,
  /^(read more|see more|show more|load more|continue reading|more stories|more news)\b.{0,40}$/i,
  /^(related|related (articles|stories|posts|content|news|coverage)|recommended( for you)?|most (read|popular|viewed)|trending( now)?|you (may|might) also like|also read|read next|read also|top stories|latest news)\s*:?$/i,
  /^(back to top|skip to (main )?content|home|menu|search|close|open)$/i,
  /^(advertisement|advertising|sponsored( content)?|ad|promoted|story continues below( advertisement)?)$/i,
  // sharing and following
  /^share( (this|the) (article|story|post|page))?( on .{1,30})?:?$/i,
  /^(share|tweet|email|print|copy link|save|comment|comments)( (this|link))?$/i,
  /^(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|print)(\s*[|·•,/]\s*(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|print))*$/i,
  /^follow (us|me) on\b.{0,60}$/i,
  /^(join|view) (the )?(conversation|discussion|comments)\b.{0,30}$/i,
  // subscriptions and newsletters
  /^(subscribe|sign up|register|log in|login|sign in)\b.{0,80}$/i,
  /^get (the|our) .{0,40}(in|to) your inbox.{0,20}$/i,
  /^(already a subscriber|become a member|support (our|independent) journalism)\b.{0,60}$/i,
  // cookies and legal
  /^(accept( all)?( cookies)?|reject( all)?|manage (cookies|preferences)|privacy policy|terms of (use|service))$/i,
  /^(©|\(c\)|copyright\b).{0,120}$/i,
  /^all rights reserved\.?$/i,
  // bylines and datelines
  /^([Bb]y|[Ww]ritten by|[Rr]eporting by|[Ww]ords by)\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|da|del|la|le|,))*\s*(,.{0,60})?$/u,
  /^(published|updated|last updated|posted|modified)\b:?.{0,60}$/i,
  /^(photo|image|video|picture|illustration|file photo)s?( credit)?\s*:.{0,120}$/i,
  /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}\s+[a-z]+\s+\d{4}.{0,20}$/i,
  /^[a-z]+\.?\s+\d{1,2},?\s+\d{4}(,?\s+\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?)?(\s+[A-Z]{2,4})?$/i,
  /^\d{1,2}\s+[a-z]+\.?\s+\d{4}(,?\s+\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?)?(\s+[A-Z]{2,4})?$/i,
  /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?.{0,10}$/,
  // a byline with its date: "Minh Do on Monday, November 18th, 2019 at 11:08 a.m."
  /^([Bb]y\s+)?\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}\s+(on|at|[|·•—–-])\s+((Mon|Tues?|Wed(nes)?|Thu(rs)?|Fri|Sat(ur)?|Sun)(day)?,?\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}.{0,30}$/u,
  // captions and credits: "(AP Photo/David Zalubowski)", "REUTERS/Brendan McDermid", "Credit: 20th Century Fox",
  // and a caption that ends in its credit
  /^\([^()]{0,80}\b(photo|photograph|image|picture|credit|courtesy|getty images|shutterstock|file)\b[^()]{0,80}\)\.?$/i,
  /^\((AP|AFP|EPA|Reuters|UPI|PA)\b[^()]{0,80}\)\.?$/,
  /^(credits?|source|courtesy( of)?|photo credit)\s*:.{0,120}$/i,
  // tag lists: "Tags: budget, council, schools", or four and more short items in a row
  /^(tags?|topics?|filed under|categories|keywords|related topics)\s*:.{0,200}$/i,
  // affiliate and comment-policy notes
  /^(this (post|article|page|story) (may )?contains? (affiliate|sponsored)\b.{0,120}|please see (my|our) disclosure\b.{0,40})$/i,
  // the same furniture in other languages (German, French, Spanish, Italian, Portuguese, Dutch,
  // Russian): markers that introduce another story, with or without its headline after them (a word
  // ends where no letter follows: \b knows ASCII letters only)…
  /^(lesen sie (auch|mehr|weiter)|mehr zum thema|auch interessant|(ti )?potrebbe (anche )?interessar(ti|e)( anche)?|vedi anche|guarda anche|articoli correlati|veja também|bekijk ook|noticias relacionadas|te recomendamos|das könnte sie auch interessieren|(à )?lire (aussi|également|la suite)|voir aussi|sur le même sujet|leer (más|también)|lea también|te puede interesar|leggi (anche|tutto)|leia (também|mais)|lees (ook|meer)|читайте (также|еще|ещё)|похожие (статьи|новости))(?![\p{L}\p{N}])\s*:?.{0,100}$/iu,
  // …and words that stand alone on a line: ads, sharing, subscribing, most-read lists
  /^(werbung|anzeige|teilen|weiterlesen|meistgelesen|publicité|partager|les plus lus|réagir|commenter|publicidad|compartir|lo más (leído|visto)|pubblicità|condividi|i più letti|publicidade|compartilhe|compartilhar|mais lidas|advertentie|delen|meest gelezen|реклама|поделиться|самые популярные( \p{L}+)?)\s*:?$/iu,
  /^(abonnez-vous|abonnieren sie|suscríbete|iscriviti|assine|abonneer)\b.{0,80}$/iu,
  // the same in the other languages summarized in their own language (Swedish, Danish, Norwegian,
  // Finnish, Polish, Turkish, Ukrainian, Romanian, Hungarian, Greek, Arabic, Hebrew, Hindi, Japanese,
  // Chinese, Korean): markers of another story, and words alone on a line
  /^(läs (också|även|mer)|relaterat|mest lästa|læs (også|mere)|mest læste|les (også|mer)|mest lest|lue (myös|lisää)|luetuimmat|czytaj (także|też|więcej)|zobacz (także|też)|najczęściej czytane|polecamy|[iİ]lgili haberler|ayrıca (okuyun|bakınız)|en çok okunanlar|читайте також|схожі новини|cite[sșş]te [sșş]i|citi[tțţ]i [sșş]i|vezi [sșş]i|cele mai citite|kapcsolódó (cikkek|hírek)|olvasd el (ezt )?is|legolvasottabb|διαβάστε (επίσης|ακόμα)|σχετικά άρθρα|اقرأ أيضاً?|مواضيع ذات صلة|الأكثر قراءة|קראו גם|כתבות נוספות|यह भी पढ़ें|ये भी पढ़ें|संबंधित खबरें|関連記事|関連ニュース|あわせて読みたい|こちらもおすすめ|相关阅读|相关新闻|延伸阅读|推荐阅读|相關閱讀|相關新聞|延伸閱讀|관련 ?기사|많이 본 뉴스)(?![\p{L}\p{N}])\s*[:：]?.{0,100}$/iu,
  /^(annons|dela|annonce|del|annonse|mainos|jaa|reklama|udostępnij|reklam|payla[şs]|поширити|поділитися|publicitate|distribuie|hirdetés|megosztás|διαφήμιση|κοινοποίηση|إعلان|شارك|פרסומת|שתפו|विज्ञापन|शेयर करें|広告|シェア|スポンサーリンク|广告|廣告|分享|광고|공유)\s*[:：]?$/iu,
  /^(datenschutz(erklärung)?|impressum|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|mentions légales|aviso legal)\.?$/iu,
];

/**
 * A pattern that looks for words anywhere in a line (`^.{0,80}\bcookies?\b…`) tries every place it
 * could start, and most lines fail it only after all of them. It is tried only on lines that contain its
 * needle, which any line it matches contains: a needle costs a few hundredths of the pattern.
 */
export type Guarded = { readonly needle: RegExp; readonly pattern: RegExp };

/** Lines that are never part of an article, found by words anywhere in them. */
export const GUARDED_LINES: readonly Guarded[] = [
  // newsletters and cookie notices, in English and in other languages
  { needle: /newsletter/i, pattern: /^.{0,60}\bnewsletter\b.{0,60}$/i },
  { needle: /cookie/i, pattern: /^.{0,80}\bcookies?\b.{0,120}\b(accept|consent|policy|settings|agree|use)\b.{0,80}$/i },
  { needle: /cookie|galleta/iu, pattern: /^.{0,80}\b(cookies?|galletas)\b.{0,120}\b(akzeptieren|zustimmen|einverstanden|accepter|acceptez|aceptar|acepta|accetta|accettare|aceitar|accepteren|datenschutz|confidentialité|privacidad|privacy)(?![\p{L}\p{N}]).{0,80}$/iu },
  // a caption that ends in its credit: "… (AP Photo/David Zalubowski)", "… REUTERS/Brendan McDermid"
  { needle: /\//, pattern: /^.{0,300}\((AP|AFP|EPA|Reuters|UPI|PA)?\s?(Photo|Image|Foto)s?\s*\/[^()]{2,60}\)\.?$/ },
  { needle: /\//, pattern: /^.{0,300}\b(REUTERS|AFP|EPA|AP|Getty Images|Shutterstock|Bloomberg)\s*\/\s*\p{Lu}[\p{L} .'’-]{1,60}\.?$/u },
];

/**
 * Lines that are furniture only as they stand, without a final full stop: four or more short items
 * in a row, comma-separated, is a tag list ("Hong Kong, China, Protests, Police"); with a full stop it
 * may be a sentence that lists things.
 */
export const UNPUNCTUATED_LINES: readonly Guarded[] = [
  {
    needle: /[\p{L}\p{N}'’&#-]$/u,
    pattern: /^([\p{L}\p{N}'’&#-]+( [\p{L}\p{N}'’&#-]+){0,3}\s*,\s*){3,}[\p{L}\p{N}'’&#-]+( [\p{L}\p{N}'’&#-]+){0,3}$/u,
  },
];

/**
 * Lines that introduce other stories: the headline lines that follow one of these (up to the next
 * line of prose) belong to another article and are dropped with it.
 */
export const TEASER_MARKERS: readonly RegExp[] = [
  /^(previous|next|prev)( (article|story|post))?$/i,
  /^(related|related (articles|stories|posts|content|news|coverage)|recommended( for you)?|most (read|popular|viewed)|trending( now)?|you (may|might) also like|also read|read next|read also|more stories|more news|top stories|latest news)\s*:?$/i,
  /^(lesen sie auch|mehr zum thema|meistgelesen|(à )?lire aussi|sur le même sujet|les plus lus|leer también|te puede interesar|lo más leído|leggi anche|i più letti|leia também|mais lidas|lees ook|meest gelezen|читайте также|самые популярные.{0,30}|похожие статьи)\s*:?$/iu,
  // more of the same, with the words sites use for them
  /^(auch interessant|mehr dazu|das könnte sie auch interessieren|(à )?voir aussi|voir également|à découvrir aussi|relacionad[oa]s?|noticias relacionadas|te recomendamos|también te puede interesar|(ti )?potrebbe (anche )?interessar(ti|e)( anche)?|vedi anche|guarda anche|approfondisci|articoli correlati|potrebbe piacerti( anche)?|veja também|saiba mais|leia mais|notícias relacionadas|bekijk ook|lees verder|gerelateerd|смотрите также|по теме)\s*[:：]?$/iu,
  /^(läs (också|även|mer)|relaterat|mest lästa|læs (også|mere)|mest læste|les (også|mer)|mest lest|lue (myös|lisää)|luetuimmat|czytaj (także|też|więcej)|zobacz (także|też)|najczęściej czytane|polecamy|[iİ]lgili haberler|ayrıca (okuyun|bakınız)|en çok okunanlar|читайте також|схожі новини|cite[sșş]te [sșş]i|citi[tțţ]i [sșş]i|vezi [sșş]i|cele mai citite|kapcsolódó (cikkek|hírek)|olvasd el (ezt )?is|legolvasottabb|διαβάστε (επίσης|ακόμα)|σχετικά άρθρα|اقرأ أيضاً?|مواضيع ذات صلة|الأكثر قراءة|קראו גם|כתבות נוספות|यह भी पढ़ें|ये भी पढ़ें|संबंधित खबरें|関連記事|関連ニュース|あわせて読みたい|こちらもおすすめ|相关阅读|相关新闻|延伸阅读|推荐阅读|相關閱讀|相關新聞|延伸閱讀|관련 ?기사|많이 본 뉴스)\s*[:：]?$/iu,
];

/**
 * A news-agency dateline that opens a story, "LONDON (Reuters) - " or "(CNN) -- ": the place and the
 * agency are not part of the first sentence's message.
 */
export const DATELINE_PREFIX =
  /^(\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,3},?\s+)?\((?:CNN|AP|Reuters|AFP|UPI|Bloomberg|PA|dpa|Xinhua|AAP)\)\s*(?:[-–—]{1,2}\s*)?/u;
