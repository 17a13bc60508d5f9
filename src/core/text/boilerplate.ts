// Data only: what web pages wrap around an article. The code that applies it lives in clean.ts.
// Each pattern is matched against one whole line, trimmed. Keep them anchored (^…$) so that a
// sentence that merely mentions "subscribe" or "cookies" is never dropped. Each says what its
// matches open with, or holds, so that a line is tried only against the patterns it may match
// (core/text/patterns.ts; the tests check that the openings and needles cover the patterns).
import type { LinePattern } from './patterns.js';
import { type Pattern, unicode, unicodeFrom } from './unicode.js';

/**
 * A photographer's name and the outlet, in brackets: "(Ines Varga / Coastline Current)"; not two
 * places ("(London Bridge / Cannon Street)").
 */
export const NAME_SLASH_OUTLET =
  "\\((?![^()]*\\b(?:Street|Road|Avenue|Lane|Bridge|Station|Square|Park|Airport|Terminal|Line|City|York|Angeles|Francisco)\\b)\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,2}\\s*\\/\\s*\\p{Lu}[^()]{1,60}\\)";

/** Lines that are never part of an article. */
export const BOILERPLATE_LINES: readonly LinePattern[] = [
  // summary teasers and reading-time widgets
  { opens: 'no time to read', pattern: /^no time to read\??$/i },
  { opens: 'get a summary|get the summary|read a summary|read the summary', pattern: /^(get|read) (a|the) summary$/i },
  { opens: 'summary|tl;dr|tldr|key points', pattern: /^(summary|tl;?dr|key points)\s*:?$/i },
  { opens: '0|1|2|3|4|5|6|7|8|9', pattern: /^\d+\s*(min|minute)s?\s*(read|listen)$/i },
  // …and in other languages: "Temps de lecture : 6 min.", "Lesezeit: 4 Min.", "Tempo di lettura: 3 minuti"
  {
    opens: 'reading time|read time|temps de lecture|lesezeit|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|lästid|læsetid|czas czytania',
    pattern: /^(reading time|read time|temps de lecture|lesezeit|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|lästid|læsetid|czas czytania)\s*:?\s*(ca\.\s*)?\d+\s*(min|mn|minutes?|minuten|minuti|minutos|minutter|minuter|minut)\.?$/iu,
  },
  { opens: 'scroll', pattern: /^scroll (down|up) for (the )?(video|videos|more|pictures)$/i },
  { opens: 'listen to', pattern: /^listen to (this|the) (article|story)( \(?\d+ ?min\)?)?$/i },
  // navigation
  { opens: 'prev|next', pattern: /^(previous|next|prev)( (article|story|post|page))?$/i },
  { opens: 'read more|see more|show more|load more|continue reading|more stories|more news', pattern: /^(read more|see more|show more|load more|continue reading|more stories|more news)\b.{0,40}$/i },
  { opens: 'related|recommended|most read|most popular|most viewed|trending|you may also like|you might also like|also read|read next|read also|top stories|latest news', pattern: /^(related|related (articles|stories|posts|content|news|coverage)|recommended( for you)?|most (read|popular|viewed)|trending( now)?|you (may|might) also like|also read|read next|read also|top stories|latest news)\s*:?$/i },
  { opens: 'back to top|skip to|home|menu|search|close|open', pattern: /^(back to top|skip to (main )?content|home|menu|search|close|open)$/i },
  { opens: 'ad|promoted|sponsored|story continues below', pattern: /^(advertisement|advertising|sponsored( content)?|ad|promoted|story continues below( advertisement)?)$/i },
  // sharing and following
  { opens: 'share', pattern: /^share( (this|the) (article|story|post|page))?( on .{1,30})?:?$/i },
  { opens: 'share|tweet|email|print|copy link|save|comment', pattern: /^(share|tweet|email|print|copy link|save|comment|comments)( (this|link))?$/i },
  { opens: 'facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|print', pattern: /^(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|print)(\s*[|·•,/]\s*(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|print))*$/i },
  { opens: 'follow us on|follow me on', pattern: /^follow (us|me) on\b.{0,60}$/i },
  { opens: 'join|view', pattern: /^(join|view) (the )?(conversation|discussion|comments)\b.{0,30}$/i },
  // subscriptions and newsletters
  { opens: 'subscribe|sign up|sign in|register|log in|login', pattern: /^(subscribe|sign up|register|log in|login|sign in)\b.{0,80}$/i },
  { opens: 'get the |get our ', pattern: /^get (the|our) .{0,40}(in|to) your inbox.{0,20}$/i },
  { opens: 'already a subscriber|become a member|support our|support independent', pattern: /^(already a subscriber|become a member|support (our|independent) journalism)\b.{0,60}$/i },
  // what a paper asks of its readers after the story: "The Ledger is reader-supported.", "If you value
  // local news like this, please become a member today.", "Comments (14)", "Have a question we have not answered?"
  { opens: 'if you value|if you like|if you enjoy|if you appreciate', pattern: /^if you (value|like|enjoy|appreciate)\b[^.;]{0,120}\b(become a (member|subscriber|supporter)|donate|subscribe|support (us|our)|chip in|make a gift)\b[^,;]{0,60}$/i },
  // "Local journalism needs your support.", "El periodismo local de calidad necesita tu apoyo."
  {
    opens: 'good journalism|local journalism|independent journalism|quality journalism|public-interest journalism|good reporting|local reporting|independent reporting|quality reporting|public-interest reporting|good news|local news|independent news|quality news|public-interest news|journalism|reporting|news|el periodismo|un periodismo|le journalisme|guter journalismus|unabhängiger journalismus|lokaler journalismus|il giornalismo',
    pattern: /^((good|local|independent|quality|public-interest) )?(journalism|reporting|news)\b.{0,60}\bneeds? your (support|help)\b.{0,60}$|^(el|un) periodismo\b.{0,60}\bnecesita (tu|su) apoyo\b.{0,60}$|^le journalisme\b.{0,60}\ba besoin de (vous|votre soutien)\b.{0,60}$|^(guter|unabhängiger|lokaler) journalismus\b.{0,60}\bbraucht ihre unterstützung\b.{0,60}$|^il giornalismo\b.{0,60}\bha bisogno del (tuo|vostro) (sostegno|aiuto)\b.{0,60}$/iu,
  },
  // "This story was produced with support from the Harbor Foundation."
  { opens: 'this story|this article|this report|this reporting|this coverage', pattern: /^this (story|article|report|reporting|coverage)\s+(is|was|are|were)\s+((partly|partially|generously)\s+)?(funded|supported|underwritten|made possible|produced with (the )?(support|funding|a grant) from)\s*(in part\s+)?(by|through|from)?\b[^,;]{0,150}$/i },
  { opens: 'comment|kommentare|commentaires|comentarios|commenti|comentários|reacties|kommentarer', pattern: /^(comments?|kommentare|commentaires|comentarios|commenti|comentários|reacties|kommentarer)\s*(\(\d+\)|:\s*\d+|\d+)(\s*[–—:|·-].{0,80})?$/iu },
  { opens: 'have |got ', pattern: /^(have|got) (a |any |more )?(questions?|tips?|story ideas?|news tips?)\b[^.!?]{0,60}\?$/i },
  // "To place a paid death notice, call … or email …", "Tried this recipe? Tag @… on Instagram…"
  { opens: 'to place|to submit|to send|to share|to report|to order|to book|to advertise|to request|to subscribe|to contact', pattern: /^to (place|submit|send|share|report|order|book|advertise|request|subscribe|contact)\b[^.!?]{0,100},\s+(please\s+)?(call|email|e-mail|visit|contact|go to|write to|text|click|see)\b.{0,150}$/i },
  { opens: 'tried this|made this|loved this|enjoyed this', pattern: /^(tried|made|loved|enjoyed) this (recipe|dish|bake)\?.{0,150}$/i },
  // a newsroom's call for tips, in Dutch, German, Spanish, French and Italian
  { opens: 'tip de redactie|tips de redactie|tips voor de redactie|tip voor de redactie|hinweis an die redaktion|tipp an die redaktion|envíanos|escribe a la redacción|écrivez à la rédaction|scrivi alla redazione', pattern: /^(tips? (de|voor de) redactie|hinweis an die redaktion|tipp an die redaktion|envíanos (tu|una|un)|escribe a la redacción|écrivez à la rédaction|scrivi alla redazione)\b.{0,200}$/iu },
  // a press release's closing matter
  { opens: 'for more information|for further information|for more details|for further details', pattern: /^for (more|further) (information|details),? (please )?(visit|see|go to|contact|call|email|e-mail)\b[^,;]{0,100}$/i },
  { opens: 'this press release|this news release|this release|this announcement|this press announcement|this news announcement', pattern: /^this (press |news )?(release|announcement) (contains|includes|may contain)\b.{0,60}\bforward-looking\b.{0,200}$/i },
  // cookies and legal
  { opens: 'accept|reject|manage cookies|manage preferences|privacy policy|terms of use|terms of service', pattern: /^(accept( all)?( cookies)?|reject( all)?|manage (cookies|preferences)|privacy policy|terms of (use|service))$/i },
  { opens: '©|(c)|copyright', pattern: /^(©|\(c\)|copyright\b).{0,120}$/i },
  { opens: 'all rights reserved', pattern: /^all rights reserved\.?$/i },
  // bylines and datelines
  { opens: 'by|written by|reporting by|words by', pattern: unicode`^([Bb]y|[Ww]ritten by|[Rr]eporting by|[Ww]ords by)\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|da|del|la|le|,))*\s*(,.{0,60})?$` },
  { opens: 'published|updated|last updated|posted|modified', pattern: /^(published|updated|last updated|posted|modified)\b:?.{0,60}$/i },
  { opens: 'photo|image|video|picture|illustration|file photo', pattern: /^(photo|image|video|picture|illustration|file photo)s?( credit)?\s*:.{0,120}$/i },
  { opens: 'mon|tue|wed|thu|fri|sat|sun', pattern: /^(mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}\s+[a-z]+\s+\d{4}.{0,20}$/i },
  /^[a-z]+\.?\s+\d{1,2},?\s+\d{4}(,?\s+\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?)?(\s+[A-Z]{2,4})?$/i,
  { opens: '0|1|2|3|4|5|6|7|8|9', pattern: /^\d{1,2}\s+[a-z]+\.?\s+\d{4}(,?\s+\d{1,2}:\d{2}(\s*[ap]\.?m\.?)?)?(\s+[A-Z]{2,4})?$/i },
  { opens: '0|1|2|3|4|5|6|7|8|9', pattern: /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?.{0,10}$/ },
  // a byline with its date: "Minh Do on Monday, November 18th, 2019 at 11:08 a.m."
  {
    // any line may open so: it is tried only on lines with such a date (found by its year, and the
    // month looked for behind it: a search for the month at every character costs three times more)
    needle: /\d{4}(?<=(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4})/,
    pattern: unicode`^([Bb]y\s+)?\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}\s+(on|at|[|·•—–-])\s+((Mon|Tues?|Wed(nes)?|Thu(rs)?|Fri|Sat(ur)?|Sun)(day)?,?\s+)?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}.{0,30}$`,
  },
  // captions and credits: "(AP Photo/David Zalubowski)", "REUTERS/Brendan McDermid", "Credit: 20th Century Fox",
  // and a caption that ends in its credit
  { opens: '(', pattern: /^\([^()]{0,80}\b(photo|photograph|image|picture|credit|courtesy|getty images|shutterstock|file)\b[^()]{0,80}\)\.?$/i },
  { opens: '(ap|(afp|(epa|(reuters|(upi|(pa', pattern: /^\((AP|AFP|EPA|Reuters|UPI|PA)\b[^()]{0,80}\)\.?$/ },
  // a photographer and the outlet alone: "(Ines Varga / Coastline Current)"
  { needle: /\//, pattern: unicodeFrom(`^${NAME_SLASH_OUTLET}\\.?$`) },
  { opens: 'credit|source|courtesy|photo credit', pattern: /^(credits?|source|courtesy( of)?|photo credit)\s*:.{0,120}$/i },
  // tag lists: "Tags: budget, council, schools", or four and more short items in a row
  { opens: 'tag|topic|filed under|categories|keywords|related topics', pattern: /^(tags?|topics?|filed under|categories|keywords|related topics)\s*:.{0,200}$/i },
  // affiliate and comment-policy notes
  { opens: 'this post|this article|this page|this story|please see', pattern: /^(this (post|article|page|story) (may )?contains? (affiliate|sponsored)\b.{0,120}|please see (my|our) disclosure\b.{0,40})$/i },
  // the same furniture in other languages (German, French, Spanish, Italian, Portuguese, Dutch,
  // Russian): markers that introduce another story, with or without its headline after them (a word
  // ends where no letter follows: \b knows ASCII letters only)…
  { opens: 'lesen sie|mehr zum thema|auch interessant|potrebbe|ti potrebbe|vedi anche|guarda anche|articoli correlati|veja também|bekijk ook|noticias relacionadas|te recomendamos|das könnte sie|lire|à lire|voir aussi|sur le même sujet|leer|lea también|te puede interesar|leggi|leia|lees|читайте|похожие', pattern: unicode.i`^(lesen sie (auch|mehr|weiter)|mehr zum thema|auch interessant|(ti )?potrebbe (anche )?interessar(ti|e)( anche)?|vedi anche|guarda anche|articoli correlati|veja também|bekijk ook|noticias relacionadas|te recomendamos|das könnte sie auch interessieren|(à )?lire (aussi|également|la suite)|voir aussi|sur le même sujet|leer (más|también)|lea también|te puede interesar|leggi (anche|tutto)|leia (também|mais)|lees (ook|meer)|читайте (также|еще|ещё)|похожие (статьи|новости))(?![\p{L}\p{N}])\s*:?.{0,100}$` },
  // …and words that stand alone on a line: ads, sharing, subscribing, most-read lists
  { opens: 'werbung|anzeige|teilen|weiterlesen|meistgelesen|publicité|partager|les plus lus|réagir|commenter|publicidad|compartir|lo más|pubblicità|condividi|i più letti|compartilhe|compartilhar|mais lidas|advertentie|delen|meest gelezen|реклама|поделиться|самые популярные', pattern: unicode.i`^(werbung|anzeige|teilen|weiterlesen|meistgelesen|publicité|partager|les plus lus|réagir|commenter|publicidad|compartir|lo más (leído|visto)|pubblicità|condividi|i più letti|publicidade|compartilhe|compartilhar|mais lidas|advertentie|delen|meest gelezen|реклама|поделиться|самые популярные( \p{L}+)?)\s*:?$` },
  { opens: 'abonnez-vous|abonnieren sie|suscríbete|iscriviti|assine|abonneer|hazte suscriptor|hazte socio|abónate|abbonati|werden sie abonnent', pattern: unicode.i`^(abonnez-vous|abonnieren sie|suscríbete|iscriviti|assine|abonneer|hazte (suscriptor|socio)|abónate|abbonati|werden sie abonnent)(?![\p{L}\p{N}]).{0,80}$` },
  // the same in the other languages summarized in their own language (Swedish, Danish, Norwegian,
  // Finnish, Polish, Turkish, Ukrainian, Romanian, Hungarian, Greek, Arabic, Hebrew, Hindi, Japanese,
  // Chinese, Korean): markers of another story, and words alone on a line
  { opens: 'läs|relaterat|mest|læs|les mer|les også|lue|luetuimmat|czytaj|zobacz|najczęściej|polecamy|ilgili|İlgili|ayrıca|en çok|читайте також|схожі|cite|citi|vezi|cele mai citite|kapcsolódó|olvasd el|legolvasottabb|διαβάστε|σχετικά|اقرأ|مواضيع|الأكثر|קראו גם|כתבות נוספות|यह भी|ये भी|संबंधित|関連|あわせて読みたい|こちらもおすすめ|相关|延伸|推荐阅读|相關|관련|많이 본', pattern: unicode.i`^(läs (också|även|mer)|relaterat|mest lästa|læs (også|mere)|mest læste|les (også|mer)|mest lest|lue (myös|lisää)|luetuimmat|czytaj (także|też|więcej)|zobacz (także|też)|najczęściej czytane|polecamy|[iİ]lgili haberler|ayrıca (okuyun|bakınız)|en çok okunanlar|читайте також|схожі новини|cite[sșş]te [sșş]i|citi[tțţ]i [sșş]i|vezi [sșş]i|cele mai citite|kapcsolódó (cikkek|hírek)|olvasd el (ezt )?is|legolvasottabb|διαβάστε (επίσης|ακόμα)|σχετικά άρθρα|اقرأ أيضاً?|مواضيع ذات صلة|الأكثر قراءة|קראו גם|כתבות נוספות|यह भी पढ़ें|ये भी पढ़ें|संबंधित खबरें|関連記事|関連ニュース|あわせて読みたい|こちらもおすすめ|相关阅读|相关新闻|延伸阅读|推荐阅读|相關閱讀|相關新聞|延伸閱讀|관련 ?기사|많이 본 뉴스)(?![\p{L}\p{N}])\s*[:：]?.{0,100}$` },
  { opens: 'annons|dela|annonce|del|annonse|mainos|jaa|reklam|udostępnij|paylaş|paylas|поширити|поділитися|publicitate|distribuie|hirdetés|megosztás|διαφήμιση|κοινοποίηση|إعلان|شارك|פרסומת|שתפו|विज्ञापन|शेयर करें|広告|シェア|スポンサーリンク|广告|廣告|分享|광고|공유', pattern: /^(annons|dela|annonce|del|annonse|mainos|jaa|reklama|udostępnij|reklam|payla[şs]|поширити|поділитися|publicitate|distribuie|hirdetés|megosztás|διαφήμιση|κοινοποίηση|إعلان|شارك|פרסומת|שתפו|विज्ञापन|शेयर करें|広告|シェア|スポンサーリンク|广告|廣告|分享|광고|공유)\s*[:：]?$/iu },
  { opens: 'datenschutz|impressum|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|mentions légales|aviso legal', pattern: /^(datenschutz(erklärung)?|impressum|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|mentions légales|aviso legal)\.?$/iu },
];

/**
 * A pattern that looks for words anywhere in a line (`^.{0,80}\bcookies?\b…`) tries every place it
 * could start, and most lines fail it only after all of them. It is tried only on lines that contain its
 * needle, which any line it matches contains: a needle costs a few hundredths of the pattern.
 */
export type Guarded = { readonly needle: Pattern; readonly pattern: Pattern };

/** Lines that are never part of an article, found by words anywhere in them. */
export const GUARDED_LINES: readonly Guarded[] = [
  // newsletters and cookie notices, in English and in other languages
  { needle: /newsletter/i, pattern: /^.{0,60}\bnewsletter\b.{0,60}$/i },
  { needle: /cookie/i, pattern: /^.{0,80}\bcookies?\b.{0,120}\b(accept|consent|policy|settings|agree|use)\b.{0,80}$/i },
  // "Carrow Weekender and our partners use cookies to improve your experience and measure ads."
  { needle: /cookie/i, pattern: /^.{0,80}\buses? cookies\b.{0,80}\b(experience|ads|advertising|personali[sz]e|analytics|traffic)\b.{0,60}$/i },
  // "Continue browsing if you're happy with this, or find out how to manage cookies."
  // (said to the reader: "you", "your", "find out how"; not "Chrome users will be able to block cookies")
  { needle: /cookie/i, pattern: /^(?=.*\b(you|your|find out how|here)\b).{0,120}\b(manage|change|update|adjust|disable|block|delete|control)\s+(your\s+)?cookies?(\s+(settings|preferences))?\b.{0,40}$/i },
  { needle: /browsing/i, pattern: /^(by\s+)?(continue|continuing|keep)\s+(to\s+)?browsing\b(?=.*\b(site|website|agree|happy|accept|consent|cookies?)\b).{0,120}$/i },
  { needle: /cookie|galleta/i, pattern: unicode.i`^.{0,80}\b(cookies?|galletas)\b.{0,120}\b(akzeptieren|zustimmen|einverstanden|accepter|acceptez|aceptar|acepta|accetta|accettare|aceitar|accepteren|datenschutz|confidentialité|privacidad|privacy)(?![\p{L}\p{N}]).{0,80}$` },
  // who helped and who paid, after the story: "Associated Press writer Dana Ruiz in Topeka contributed
  // to this report.", "Ravi Anand's reporting is funded by…", "This story was produced with support from…"
  { needle: /contributed/i, pattern: /^.{0,160}\bcontributed (reporting |research )?(to|for) this (report|story|article)\.?$/i },
  { needle: /['’]s (reporting|coverage|position|beat) /, pattern: unicode`^\p{Lu}[\p{L}'’. -]{1,60}['’]s (reporting|coverage|position|beat)\s+(is|was|are|were)\s+((partly|partially|generously)\s+)?(funded|supported|underwritten|made possible)\s*(in part\s+)?(by|through)?\b[^,;]{0,150}$` },
  { needle: /-supported| supported/i, pattern: /^[^,;]{1,60}\b(is|are) (reader|member|listener|viewer|audience)[- ]supported\b[^,;]{0,80}$/i },
  // "… is a registered trademark of …", "… undertakes no obligation to update …"
  { needle: /trademark/i, pattern: /^[^,;]{1,100}\b(is|are) (a |the )?(registered )?trademarks? (of|owned by)\b([^,;]|,\s(Inc|Ltd|LLC|Corp|GmbH|AG|SA|S\.A)\b){0,120}$/i },
  { needle: /obligation|duty/i, pattern: /^[^,;]{1,100}\b(undertakes?|assumes?) no (obligation|duty)\b[^,;]{0,40}\b(update|revise)\b[^,;]{0,160}$/i },
  // a caption that ends in its credit: "… (AP Photo/David Zalubowski)", "… REUTERS/Brendan McDermid"
  { needle: /\//, pattern: /^.{0,300}\((AP|AFP|EPA|Reuters|UPI|PA)?\s?(Photo|Image|Foto)s?\s*\/[^()]{2,60}\)\.?$/ },
  { needle: /\//, pattern: unicode`^.{0,300}\b(REUTERS|AFP|EPA|AP|Getty Images|Shutterstock|Bloomberg)\s*\/\s*\p{Lu}[\p{L} .'’-]{1,60}\.?$` },
];

/**
 * Lines that are furniture only as they stand, without a final full stop: four or more short items
 * in a row, comma-separated, is a tag list ("Hong Kong, China, Protests, Police"); with a full stop it
 * may be a sentence that lists things.
 */
export const UNPUNCTUATED_LINES: readonly Guarded[] = [
  {
    // three commas (searched for as a plain character; the pattern asks for a word's end last)
    needle: /,[^,]*,[^,]*,/,
    pattern: unicode`^([\p{L}\p{N}'’&#-]+( [\p{L}\p{N}'’&#-]+){0,3}\s*,\s*){3,}[\p{L}\p{N}'’&#-]+( [\p{L}\p{N}'’&#-]+){0,3}$`,
  },
];

/**
 * A heading that closes a press release's story and opens the publisher's matter ("Forward-Looking
 * Statements", "Media contact", "###"): after the prose has begun, what follows it is never the article's.
 */
export const END_MATTER_HEADING =
  /^(?:(?:[Ff]orward-[Ll]ooking|FORWARD-LOOKING) (?:[Ss]tatements?|STATEMENTS?)|[Ss]afe [Hh]arbou?r [Ss]tatement|SAFE HARBOU?R STATEMENT|(?:[Mm]edia|[Pp]ress|[Ii]nvestor|MEDIA|PRESS|INVESTOR) (?:[Cc]ontacts?|[Ii]nquiries|[Ee]nquiries|CONTACTS?)|###|-30-)\s*:?$/u;
/**
 * "About Orrin Labs", "À propos de Corvane": a press release's boilerplate, when the line after it opens
 * with the name it gives ("Orrin Labs builds…"); not a subheading such as "About Time" or "Over Budget".
 * The name's first word is captured.
 */
export const ABOUT_HEADING = unicode`^(?:About|ABOUT|À propos de|A propos de|Über|Acerca de|Sobre|Informazioni su|Over) (\p{Lu}[\p{L}\p{N}&'’.-]*)[^.!?]{0,60}$`;

/**
 * Lines that introduce other stories: the headline lines that follow one of these (up to the next
 * line of prose) belong to another article and are dropped with it.
 */
/**
 * A sponsor's label standing alone ("THIS ISSUE IS SUPPORTED BY", "Sponsored by:"): the line after it
 * is the sponsor's message, never the article's. ("Advertisement" is not one: the body goes on after it.)
 */
export const SPONSOR_LABELS: readonly LinePattern[] = [
  {
    opens: "this issue|this newsletter|this episode|this edition|this briefing|this email|this podcast|today's|today’s|sponsored by|supported by|presented by|brought to you by|made possible by|in partnership with|a message from|a word from|our sponsor|thanks to our sponsor",
    pattern: /^((this|today['’]s) (issue|newsletter|episode|edition|briefing|email|podcast) (is )?(supported|sponsored|presented|brought to you|made possible) by|(sponsored|supported|presented|brought to you|made possible) by|in partnership with|a (message|word) from (our|this week['’]s|today['’]s) sponsors?|(our|today['’]s) sponsors?|thanks to our sponsors?)\s*[:：.]?$/i,
  },
];

export const TEASER_MARKERS: readonly LinePattern[] = [
  { opens: 'prev|next', pattern: /^(previous|next|prev)( (article|story|post))?$/i },
  { opens: 'related|recommended|most read|most popular|most viewed|trending|you may also like|you might also like|also read|read next|read also|more stories|more news|top stories|latest news', pattern: /^(related|related (articles|stories|posts|content|news|coverage)|recommended( for you)?|most (read|popular|viewed)|trending( now)?|you (may|might) also like|also read|read next|read also|more stories|more news|top stories|latest news)\s*:?$/i },
  { opens: 'lesen sie auch|mehr zum thema|meistgelesen|lire aussi|à lire aussi|sur le même sujet|les plus lus|leer también|te puede interesar|lo más leído|leggi anche|i più letti|leia também|mais lidas|lees ook|meest gelezen|читайте также|самые популярные|похожие статьи', pattern: /^(lesen sie auch|mehr zum thema|meistgelesen|(à )?lire aussi|sur le même sujet|les plus lus|leer también|te puede interesar|lo más leído|leggi anche|i più letti|leia também|mais lidas|lees ook|meest gelezen|читайте также|самые популярные.{0,30}|похожие статьи)\s*:?$/iu },
  // more of the same, with the words sites use for them
  { opens: 'auch interessant|mehr dazu|das könnte sie|voir aussi|à voir aussi|voir également|à découvrir aussi|relacionad|noticias relacionadas|te recomendamos|también te puede|potrebbe|ti potrebbe|vedi anche|guarda anche|approfondisci|articoli correlati|veja também|saiba mais|leia mais|notícias relacionadas|bekijk ook|lees verder|gerelateerd|смотрите также|по теме', pattern: /^(auch interessant|mehr dazu|das könnte sie auch interessieren|(à )?voir aussi|voir également|à découvrir aussi|relacionad[oa]s?|noticias relacionadas|te recomendamos|también te puede interesar|(ti )?potrebbe (anche )?interessar(ti|e)( anche)?|vedi anche|guarda anche|approfondisci|articoli correlati|potrebbe piacerti( anche)?|veja também|saiba mais|leia mais|notícias relacionadas|bekijk ook|lees verder|gerelateerd|смотрите также|по теме)\s*[:：]?$/iu },
  { opens: 'läs|relaterat|mest|læs|les mer|les også|lue|luetuimmat|czytaj|zobacz|najczęściej|polecamy|ilgili|İlgili|ayrıca|en çok|читайте також|схожі|cite|citi|vezi|cele mai citite|kapcsolódó|olvasd el|legolvasottabb|διαβάστε|σχετικά|اقرأ|مواضيع|الأكثر|קראו גם|כתבות נוספות|यह भी|ये भी|संबंधित|関連|あわせて読みたい|こちらもおすすめ|相关|延伸|推荐阅读|相關|관련|많이 본', pattern: /^(läs (också|även|mer)|relaterat|mest lästa|læs (også|mere)|mest læste|les (også|mer)|mest lest|lue (myös|lisää)|luetuimmat|czytaj (także|też|więcej)|zobacz (także|też)|najczęściej czytane|polecamy|[iİ]lgili haberler|ayrıca (okuyun|bakınız)|en çok okunanlar|читайте також|схожі новини|cite[sșş]te [sșş]i|citi[tțţ]i [sșş]i|vezi [sșş]i|cele mai citite|kapcsolódó (cikkek|hírek)|olvasd el (ezt )?is|legolvasottabb|διαβάστε (επίσης|ακόμα)|σχετικά άρθρα|اقرأ أيضاً?|مواضيع ذات صلة|الأكثر قراءة|קראו גם|כתבות נוספות|यह भी पढ़ें|ये भी पढ़ें|संबंधित खबरें|関連記事|関連ニュース|あわせて読みたい|こちらもおすすめ|相关阅读|相关新闻|延伸阅读|推荐阅读|相關閱讀|相關新聞|延伸閱讀|관련 ?기사|많이 본 뉴스)\s*[:：]?$/iu },
];

/**
 * A news-agency dateline that opens a story, "LONDON (Reuters) - " or "(CNN) -- ", or a regional
 * paper's place and its writer's or agency's code in lower case before a dash, "Kreuzthal (wra) – ":
 * the place and the agency are not part of the first sentence's message.
 */
export const DATELINE_PREFIX =
  unicode`^(?:(\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,3},?\s+)?\((?:CNN|AP|Reuters|AFP|UPI|Bloomberg|PA|dpa|Xinhua|AAP)\)\s*(?:[-–—]{1,2}\s*)?|\p{Lu}[\p{L}.'’-]*(?:[ -]\p{Lu}[\p{L}.'’-]*){0,2}\s+\(\p{Ll}{2,5}\)\s+[-–—]{1,2}\s+(?=\p{Lu}))`;

/** A place in capitals: "DETROIT", "HARBOR CITY", "ST. LOUIS", "WINSTON-SALEM". */
const PLACE = String.raw`\p{Lu}{2,}(?:[ .'’-]{1,2}\p{Lu}{2,})*`;
/**
 * A dateline of a wire or a press release opening a story, after its place in capitals: a dash
 * ("DETROIT — ", "HARBOR CITY, Calif. (AP) — "), or a hyphen after the place and a comma
 * ("CALLOWAY, Iowa, Oct 22 (Meridian) - ", "PORTVALE, Ore., Nov. 3, 2026 /Newswire/ -- ", "RIDLEY,
 * Ohio--(PRESS WIRE)--"), or a hyphen after the place and its station or agency ("MARLOW CITY (KAVN) -
 * "), so that "US stocks fell - …" keeps its words. A sentence starts after it.
 */
export const WIRE_DATELINE = unicodeFrom(
  String.raw`^(?:${PLACE}(?:,[^\n—–]{0,50}?)?(?:\s+\([^()\n]{1,40}\))?\s[—–]{1,2}\s+|${PLACE}\s+\([^()\n]{1,40}\)\s+-{1,2}\s+|${PLACE},[^\n]{0,50}?(?:\s-{1,2}\s+|-{2}\([^()\n]{1,40}\)-{2}\s*))(?=["“‘'(]?[\p{Lu}\p{N}])`,
  'u',
);
