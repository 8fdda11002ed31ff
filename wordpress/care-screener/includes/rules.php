<?php
/**
 * The widget's settings rules, in PHP: a port of `parse_pairs` in the widget's
 * src/embed/config.rs, so the settings page can tell a center, before it publishes anything,
 * exactly what the widget will write to the browser's console, and what it will use instead.
 *
 * Proven equal to the Rust parser: tests/config_corpus.rs writes a corpus of a few thousand
 * settings with the warnings and the configuration Rust gives for each
 * (tests/fixtures/config-corpus.json), and wordpress/tests/conformance.php runs this port over
 * every one of them. Change both together.
 *
 * What the port has to keep from Rust:
 * - Strings are UTF-8; "characters" are code points (Rust's `char`), never bytes, never
 *   grapheme clusters. Nothing here needs the mbstring extension (many hosts lack it):
 *   PCRE's /u mode does the Unicode work.
 * - `str::trim` and `split_whitespace` use Unicode's White_Space property (self::WS), which is
 *   not PHP's trim() and not \s.
 * - `char::is_control` is the general category Cc: U+0000-U+001F and U+007F-U+009F.
 * - `to_ascii_lowercase` lower-cases A-Z only (strtolower depends on the locale before PHP 8.2).
 * - Colours are IEEE doubles in both, computed with the same operations in the same order.
 *
 * @package CareScreener
 */

if ( ! defined( 'ABSPATH' ) && ! defined( 'CARE_SCREENER_RULES_STANDALONE' ) ) {
	exit;
}

/**
 * The rules. Every method is static and pure.
 */
final class Care_Screener_Rules {

	/** The settings, in the order of Rust's `Key::ALL` (the unknown-key message lists them). */
	const KEYS = array(
		'center-name',
		'phone',
		'contact-url',
		'offers',
		'next-step',
		'next-step-es',
		'payment',
		'intake-lang',
		'program-1',
		'program-2',
		'program-3',
		'program-4',
		'program-5',
		'program-6',
		'program-7',
		'program-8',
		'brand-color',
		'lang',
		'exit-url',
		'theme',
		'font',
		'offset-top',
		'mode',
	);

	/** Unicode's White_Space property, as a PCRE character class body (Rust's `char::is_whitespace`). */
	const WS = '\x{0009}-\x{000D}\x{0020}\x{0085}\x{00A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}';

	const DEFAULT_EXIT_URL         = 'https://www.weather.gov/';
	const MAX_NAME_CHARS           = 80;
	const MAX_PROGRAMME_NAME_CHARS = 60;
	const MAX_NEXT_STEP_CHARS      = 300;
	const MAX_URL_CHARS            = 2000;
	const MAX_FONT_CHARS           = 200;
	const MAX_OFFSET               = 240;
	const MIN_CONTRAST             = 4.5;
	const DARK_SURFACE             = array( 0x22, 0x28, 0x2d );

	const LEVEL_IDS   = array( 'early', 'outpatient', 'iop', 'php', 'residential', 'withdrawal', 'emergency' );
	const LEVELS      = 'early, outpatient, iop, php, residential, withdrawal';
	const PAYMENT_IDS = array( 'medicaid', 'medicare', 'private', 'sliding-scale', 'free' );
	const PAYMENTS    = 'medicaid, medicare, private, sliding-scale, free';
	const LANG_TAGS   = array( 'en', 'es' );
	const LANGS       = 'en, es';
	const DAY_NAMES   = array( 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday' );
	const PART_KEYS   = array( 'level', 'days', 'time', 'name', 'name-es', 'note', 'note-es', 'format', 'for', 'lang' );
	const PART_RULES  = array(
		'level is one of those of data-offers',
		'days are like mon,wed or mon-fri',
		'time is like 17:30-21:00, ending after it starts',
		'',
		'',
		'',
		'',
		'format is in-person, online or both',
		'for is all, adults, teens or family',
		'',
		'not a part of a program',
	);
	const FORMATS     = array( 'in-person', 'online', 'both' );
	const AUDIENCES   = array( 'all', 'adults', 'teens', 'family' );
	const GENERIC     = array( 'serif', 'sans-serif', 'system-ui', 'monospace' );

	/**
	 * Validates key/value pairs (keys without `data-`), as Rust's `parse_pairs`. The first value
	 * of a key wins.
	 *
	 * @param array $pairs A list of array( key, value ), strings in UTF-8.
	 * @return array array( 'config' => the configuration in the corpus's canonical form,
	 *               'warnings' => a list of array( 'key', 'value', 'problem', 'message' ) ).
	 */
	public static function parse_pairs( array $pairs ) {
		$config   = self::default_config();
		$warnings = array();
		$seen     = array();
		foreach ( $pairs as $pair ) {
			// Bytes that are not UTF-8 read as the widget reads them (U+FFFD), never as an error.
			$key   = self::ascii_lower( self::trim( self::utf8_lossy( (string) $pair[0] ) ) );
			$value = self::trim( self::utf8_lossy( (string) $pair[1] ) );
			$wkey  = self::shorten( $key, 40 );
			$wval  = self::shorten( $value, 60 );
			$warn  = function ( array $problem ) use ( &$warnings, $wkey, $wval ) {
				$warnings[] = array(
					'key'     => $wkey,
					'value'   => $wval,
					'problem' => $problem,
					'message' => self::message( $wkey, $wval, $problem ),
				);
			};
			$known = 'brand-colour' === $key ? 'brand-color' : ( in_array( $key, self::KEYS, true ) ? $key : null );
			if ( null === $known ) {
				$warn( array( 'kind' => 'UnknownKey' ) );
				continue;
			}
			if ( in_array( $known, $seen, true ) ) {
				$warn( array( 'kind' => 'Repeated' ) );
				continue;
			}
			$seen[] = $known;
			if ( '' === $value ) {
				$warn( array( 'kind' => 'Empty' ) );
				continue;
			}
			switch ( $known ) {
				case 'center-name':
					$config['center_name'] = self::text( $value, self::MAX_NAME_CHARS, $warn );
					break;
				case 'next-step':
					$config['next_step']['en'] = self::text( $value, self::MAX_NEXT_STEP_CHARS, $warn );
					break;
				case 'next-step-es':
					$config['next_step']['es'] = self::text( $value, self::MAX_NEXT_STEP_CHARS, $warn );
					break;
				case 'payment':
					$config['payment'] = self::items( $value, self::PAYMENT_IDS, self::PAYMENTS, $warn );
					break;
				case 'intake-lang':
					$config['intake_langs'] = self::items( $value, self::LANG_TAGS, self::LANGS, $warn );
					break;
				case 'phone':
					$config['phone'] = self::phone( $value );
					if ( null === $config['phone'] ) {
						$warn( array( 'kind' => 'BadPhone' ) );
					}
					break;
				case 'contact-url':
				case 'exit-url':
					// A bad address leaves the default: no contact link, or the default exit site.
					$url = self::https_url( $value );
					if ( isset( $url['error'] ) ) {
						$warn( array( 'kind' => $url['error'] ) );
					} else {
						$config[ 'contact-url' === $known ? 'contact_url' : 'exit_url' ] = $url['url'];
					}
					break;
				case 'offers':
					$config['offers'] = self::offers( $value, $warn );
					break;
				case 'brand-color':
					$config['brand_colour'] = self::brand_colour( $value, $warn );
					break;
				case 'theme':
					$theme = self::ascii_lower( $value );
					if ( in_array( $theme, array( 'auto', 'light', 'dark' ), true ) ) {
						$config['theme'] = $theme;
					} else {
						$warn( array( 'kind' => 'BadTheme' ) );
						$config['theme'] = 'auto';
					}
					break;
				case 'font':
					$config['font'] = self::font( $value );
					if ( null === $config['font'] ) {
						$warn( array( 'kind' => 'BadFont' ) );
					}
					break;
				case 'offset-top':
					$config['offset_top'] = self::pixels( $value );
					if ( null === $config['offset_top'] ) {
						$warn( array( 'kind' => 'BadOffset' ) );
					}
					break;
				case 'mode':
					$mode = self::ascii_lower( $value );
					if ( 'inline' === $mode ) {
						$config['overlay'] = false;
					} elseif ( 'overlay' === $mode ) {
						$config['overlay'] = true;
					} else {
						$warn( array( 'kind' => 'BadMode' ) );
					}
					break;
				case 'lang':
					$config['lang'] = self::lang_from_tag( $value );
					if ( null === $config['lang'] ) {
						$warn( array( 'kind' => 'UnknownLang' ) );
					}
					break;
				default: // program-1 … program-8.
					$programme = self::programme( $value, $warn );
					if ( null !== $programme ) {
						$config['programmes'][] = $programme;
					}
			}
		}
		return array(
			'config'   => $config,
			'warnings' => $warnings,
		);
	}

	/** The configuration with nothing set, in the corpus's canonical form. */
	public static function default_config() {
		return array(
			'center_name'  => null,
			'phone'        => null,
			'contact_url'  => null,
			'offers'       => array(),
			'next_step'    => array(
				'en' => null,
				'es' => null,
			),
			'programmes'   => array(),
			'payment'      => 0,
			'intake_langs' => 0,
			'brand_colour' => null,
			'theme'        => 'auto',
			'font'         => null,
			'offset_top'   => null,
			'overlay'      => false,
			'lang'         => null,
			'exit_url'     => self::DEFAULT_EXIT_URL,
		);
	}

	/**
	 * A warning as the widget writes it to the console (after "care-screener: "): Rust's
	 * `Display` for `Warning`.
	 *
	 * @param string $key     The key as written, lower-cased and shortened.
	 * @param string $value   The value as written, shortened.
	 * @param array  $problem array( 'kind' => …, and the variant's fields ).
	 */
	public static function message( $key, $value, array $problem ) {
		$head = 'data-' . $key . '="' . $value . '": ';
		switch ( $problem['kind'] ) {
			case 'UnknownKey':
				$list = '';
				foreach ( self::KEYS as $i => $k ) {
					$list .= ( 0 === $i ? '' : ',' ) . ' data-' . $k;
				}
				return $head . 'not a setting of the screener, so it is ignored. The settings are' . $list . '.';
			case 'Repeated':
				return $head . 'given more than once; only the first value is used.';
			case 'Empty':
				return $head . 'empty, so the default is used.';
			case 'Markup':
				return $head . 'markup is not allowed here. The tags were removed and this is shown as plain text: "' . $problem['shown'] . '".';
			case 'ControlCharacters':
				return $head . 'control or text-direction characters were removed from this text.';
			case 'TooLong':
				return $head . 'longer than ' . $problem['max'] . ' characters, so it was cut.';
			case 'ScriptUrl':
				return $head . 'script and data addresses are never accepted. ' . self::url_default( $key );
			case 'NotHttps':
				return $head . 'must be a full https:// address (http and relative addresses are not accepted). ' . self::url_default( $key );
			case 'BadUrl':
				return $head . 'not an address the screener can use safely (no user name, spaces, quotes or unencoded non-ASCII characters; international domain names in their xn-- form). ' . self::url_default( $key );
			case 'BadPhone':
				return $head . 'not a phone number (use 7 to 15 digits with spaces, ( ) - . and an optional leading +). No phone number is shown.';
			case 'EmergencyOffered':
				return $head . '"emergency" is left out: an emergency result always points to 911 and 988 first.';
			case 'BadColour':
				return $head . 'not a colour in #rgb or #rrggbb form, so the default colour is used.';
			case 'LowContrast':
				$tenths = $problem['tenths'];
				return $head . 'contrast against white is ' . intdiv( $tenths, 10 ) . '.' . ( $tenths % 10 ) . ':1, less than the 4.5:1 that text needs, so the darker shade ' . $problem['used'] . ' is used.';
			case 'UnknownLang':
				return $head . 'not a language of the screener (en, es), so it follows the browser.';
			case 'BadTheme':
				return $head . "not auto, light or dark, so it follows the visitor's setting.";
			case 'BadFont':
				return $head . 'not a list of font names (letters, digits, spaces, hyphens, quotes and commas, at most ' . self::MAX_FONT_CHARS . " characters), so the screener's own font is used.";
			case 'BadOffset':
				return $head . 'not a whole number of pixels from 0 to ' . self::MAX_OFFSET . ', so 0 is used.';
			case 'BadMode':
				return $head . 'not inline or overlay, so the widget is shown inline.';
			case 'UnknownItems':
				$items = '';
				foreach ( $problem['items'] as $item ) {
					$items .= '"' . $item . '" ';
				}
				return $head . $items . 'not among the choices (' . $problem['allowed'] . '), so left out.';
			case 'Part':
				return $head . '"' . $problem['part'] . '": ' . $problem['rule'] . ', so ' . ( $problem['dropped'] ? 'this program is left out' : 'this part is ignored' ) . '.';
		}
		return $head . $problem['kind'];
	}

	private static function url_default( $key ) {
		return 'exit-url' === $key ? 'The quick exit goes to ' . self::DEFAULT_EXIT_URL . '.' : 'No contact link is shown.';
	}

	// ------------------------------------------------------------------------------------
	// Strings, as Rust sees them
	// ------------------------------------------------------------------------------------

	/** `to_ascii_lowercase`: A-Z only, whatever the locale. */
	public static function ascii_lower( $s ) {
		return strtr( $s, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz' );
	}

	/** `str::trim`: Unicode White_Space at both ends. */
	public static function trim( $s ) {
		return (string) preg_replace( '/^[' . self::WS . ']+|[' . self::WS . ']+\z/u', '', $s );
	}

	/** `str::trim_end`. */
	private static function trim_end( $s ) {
		return (string) preg_replace( '/[' . self::WS . ']+\z/u', '', $s );
	}

	/** The characters (code points) of a string. */
	private static function chars( $s ) {
		if ( '' === $s ) {
			return array();
		}
		return preg_split( '//u', $s, -1, PREG_SPLIT_NO_EMPTY );
	}

	/** At most `max` characters, ending in "…" when cut (Rust's `shorten`). */
	public static function shorten( $s, $max ) {
		$chars = self::chars( $s );
		if ( count( $chars ) > $max ) {
			return implode( '', array_slice( $chars, 0, $max ) ) . "\u{2026}";
		}
		return $s;
	}

	/** The words of a text with one space between each (`split_whitespace`, joined). */
	private static function words( $s ) {
		return implode( ' ', preg_split( '/[' . self::WS . ']+/u', $s, -1, PREG_SPLIT_NO_EMPTY ) );
	}

	/**
	 * Plain text for a name, a note or a next step: tags, control and direction characters
	 * removed, whitespace collapsed, at most `max` characters (Rust's `text`).
	 */
	private static function text( $value, $max, callable $warn ) {
		// Controls (Cc) that are not whitespace, and the bidi embeddings, overrides and isolates.
		// Whitespace controls (tab, line breaks, U+0085) are kept, to be collapsed to spaces.
		$bad      = '/[\x{0000}-\x{0008}\x{000E}-\x{001F}\x{007F}-\x{0084}\x{0086}-\x{009F}\x{202A}-\x{202E}\x{2066}-\x{2069}]/u';
		$controls = 1 === preg_match( $bad, $value );
		$visible  = (string) preg_replace( $bad, '', $value );
		if ( $controls ) {
			$warn( array( 'kind' => 'ControlCharacters' ) );
		}
		$had_markup = false !== strpbrk( $visible, '<>' );
		$plain      = self::words( self::strip_tags( $visible ) );
		if ( $had_markup ) {
			$warn(
				array(
					'kind'  => 'Markup',
					'shown' => self::shorten( $plain, 60 ),
				)
			);
		}
		$chars = self::chars( $plain );
		if ( count( $chars ) > $max ) {
			$plain = self::trim_end( implode( '', array_slice( $chars, 0, $max ) ) );
			$warn(
				array(
					'kind' => 'TooLong',
					'max'  => $max,
				)
			);
		}
		return '' === $plain ? null : $plain;
	}

	/**
	 * The text without its tags and without what a `<script>` or `<style>` element holds; stray
	 * `>` go too (Rust's `strip_tags`). Byte offsets are safe: `<` and `>` are ASCII.
	 */
	private static function strip_tags( $text ) {
		$out  = '';
		$rest = $text;
		while ( false !== ( $lt = strpos( $rest, '<' ) ) ) {
			$out          .= substr( $rest, 0, $lt );
			$tag_and_after = (string) substr( $rest, $lt );
			$gt            = strpos( $tag_and_after, '>' );
			$end           = false === $gt ? strlen( $tag_and_after ) : $gt + 1;
			$tag           = self::ascii_lower( substr( $tag_and_after, 0, $end ) );
			$rest          = (string) substr( $tag_and_after, $end );
			foreach ( array( 'script', 'style' ) as $element ) {
				if ( 0 === strncmp( $tag, '<' . $element, strlen( $element ) + 1 ) ) {
					$close = strpos( self::ascii_lower( $rest ), '</' . $element );
					if ( false === $close ) {
						$rest = '';
					} else {
						$after = (string) substr( $rest, $close );
						$gt2   = strpos( $after, '>' );
						$rest  = false === $gt2 ? '' : (string) substr( $after, $gt2 + 1 );
					}
				}
			}
		}
		$out .= $rest;
		return str_replace( '>', '', $out );
	}

	// ------------------------------------------------------------------------------------
	// The settings
	// ------------------------------------------------------------------------------------

	/** A phone number as shown and dialled, or null (Rust's `Phone::new`). */
	private static function phone( $value ) {
		$display = self::words( $value );
		$allowed = 1 === preg_match( '/^\+?[0-9 ().\-]*\z/', $display );
		$digits  = (string) preg_replace( '/[^0-9]/', '', $display );
		$n       = strlen( $digits );
		if ( ! $allowed || $n < 7 || $n > 15 ) {
			return null;
		}
		return array(
			'display' => $display,
			'dial'    => ( '+' === substr( $display, 0, 1 ) ? '+' : '' ) . $digits,
		);
	}

	/**
	 * An absolute https: address that is safe in an href as it is, with its host lower-cased:
	 * array( 'url' => … ) or array( 'error' => 'ScriptUrl' | 'NotHttps' | 'BadUrl' ).
	 */
	public static function https_url( $value ) {
		// Browsers ignore tabs and newlines inside a URL, so the scheme is read without ASCII
		// whitespace and controls.
		$squeezed = (string) preg_replace( '/[\x{0000}-\x{0020}\x{007F}-\x{009F}]/u', '', $value );
		$colon    = strpos( $squeezed, ':' );
		$scheme   = false === $colon ? null : self::ascii_lower( substr( $squeezed, 0, $colon ) );
		if ( in_array( $scheme, array( 'javascript', 'data', 'vbscript' ), true ) ) {
			return array( 'error' => 'ScriptUrl' );
		}
		if ( 'https' !== $scheme ) {
			return array( 'error' => 'NotHttps' );
		}
		if ( strlen( $value ) < 8 || 'https://' !== self::ascii_lower( substr( $value, 0, 8 ) ) ) {
			return array( 'error' => 'BadUrl' );
		}
		$rest = (string) substr( $value, 8 );
		// Printable ASCII only, without the characters that could end an attribute or mislead.
		if ( strlen( $value ) > self::MAX_URL_CHARS || 1 !== preg_match( '/^[\x21-\x7E]*\z/', $rest ) || false !== strpbrk( $rest, "\"'<>\\`{}|^" ) ) {
			return array( 'error' => 'BadUrl' );
		}
		$end       = strcspn( $rest, '/?#' );
		$authority = substr( $rest, 0, $end );
		$tail      = (string) substr( $rest, $end );
		$colon     = strpos( $authority, ':' );
		$host      = false === $colon ? $authority : substr( $authority, 0, $colon );
		$port      = false === $colon ? '' : (string) substr( $authority, $colon + 1 );
		$host_ok   = '' !== $host && '.' !== $host[0] && '-' !== $host[0] && 1 === preg_match( '/^[A-Za-z0-9.\-]+\z/', $host );
		$port_ok   = strlen( $port ) <= 5 && 1 === preg_match( '/^[0-9]*\z/', $port );
		if ( ! $host_ok || ! $port_ok ) {
			return array( 'error' => 'BadUrl' );
		}
		return array( 'url' => 'https://' . self::ascii_lower( $host ) . ( '' === $port ? '' : ':' . $port ) . $tail );
	}

	/** The items of a comma- or space-separated list among `names`, as bits (Rust's `list`). */
	private static function items( $value, array $names, $allowed, callable $warn ) {
		$unknown = array();
		$bits    = 0;
		foreach ( preg_split( '/[, ]/', self::ascii_lower( $value ) ) as $item ) {
			if ( '' === $item ) {
				continue;
			}
			$i = array_search( $item, $names, true );
			if ( false === $i ) {
				$unknown[] = self::shorten( $item, 20 );
			} else {
				$bits |= 1 << $i;
			}
		}
		if ( $unknown || 0 === $bits ) {
			$warn(
				array(
					'kind'    => 'UnknownItems',
					'items'   => $unknown,
					'allowed' => $allowed,
				)
			);
		}
		return $bits;
	}

	/** The levels offered, in the clinical order, once each, never emergency. */
	private static function offers( $value, callable $warn ) {
		$bits = self::items( $value, self::LEVEL_IDS, self::LEVELS, $warn );
		if ( $bits & ( 1 << 6 ) ) {
			$warn( array( 'kind' => 'EmergencyOffered' ) );
		}
		$levels = array();
		for ( $i = 0; $i < 6; $i++ ) {
			if ( $bits & ( 1 << $i ) ) {
				$levels[] = self::LEVEL_IDS[ $i ];
			}
		}
		return $levels;
	}

	/** `value.split_once(['-', '–'])`: at the first hyphen or en dash, or null. */
	private static function split_dash( $value ) {
		$hyphen = strpos( $value, '-' );
		$dash   = strpos( $value, "\u{2013}" );
		if ( false === $hyphen && false === $dash ) {
			return null;
		}
		if ( false !== $hyphen && ( false === $dash || $hyphen < $dash ) ) {
			return array( substr( $value, 0, $hyphen ), (string) substr( $value, $hyphen + 1 ) );
		}
		return array( substr( $value, 0, $dash ), (string) substr( $value, $dash + 3 ) );
	}

	/** A whole number of 1 to `most` ASCII digits, or null. */
	private static function number( $s, $most ) {
		if ( '' === $s || strlen( $s ) > $most || 1 !== preg_match( '/^[0-9]+\z/', $s ) ) {
			return null;
		}
		return (int) $s;
	}

	/** Days as bits, bit 0 Monday, or null (Rust's `day_mask`). */
	private static function day_mask( $value ) {
		$day  = function ( $s ) {
			foreach ( self::DAY_NAMES as $i => $d ) {
				if ( $d === $s || substr( $d, 0, 3 ) === $s ) {
					return $i;
				}
			}
			return null;
		};
		$mask = 0;
		foreach ( preg_split( '/[, ]/', $value ) as $item ) {
			if ( '' === $item ) {
				continue;
			}
			$range = self::split_dash( $item );
			if ( null === $range ) {
				$range = array( $item, $item );
			}
			$from = $day( $range[0] );
			$to   = $day( $range[1] );
			if ( null === $from || null === $to || $from > $to ) {
				return null;
			}
			for ( $d = $from; $d <= $to; $d++ ) {
				$mask |= 1 << $d;
			}
		}
		return 0 === $mask ? null : $mask;
	}

	/** A time of day as minutes after midnight: H, H:MM or HH:MM, up to 23:59, or null. */
	private static function clock( $value ) {
		$v     = self::trim( $value );
		$colon = strpos( $v, ':' );
		$h     = self::number( false === $colon ? $v : substr( $v, 0, $colon ), 2 );
		$m     = self::number( false === $colon ? '00' : (string) substr( $v, $colon + 1 ), 2 );
		if ( null === $h || null === $m || $m >= 60 || $h >= 24 ) {
			return null;
		}
		return $h * 60 + $m;
	}

	/** A start and an end the same day, or null (Rust's `clock_range`). */
	private static function clock_range( $value ) {
		$range = self::split_dash( $value );
		if ( null === $range ) {
			return null;
		}
		$start = self::clock( $range[0] );
		$end   = self::clock( $range[1] );
		if ( null === $start || null === $end || $start >= $end ) {
			return null;
		}
		return array( $start, $end );
	}

	/** A programme, or null when it is left out (Rust's `programme`). */
	private static function programme( $value, callable $warn ) {
		$p    = array(
			'level'    => null,
			'meets'    => null,
			'audience' => 'all',
			'format'   => null,
			'name'     => array(
				'en' => null,
				'es' => null,
			),
			'note'     => array(
				'en' => null,
				'es' => null,
			),
			'langs'    => 0,
		);
		$days = null;
		$time = null;
		$ok   = true;
		$seen = 0;
		foreach ( explode( ';', $value ) as $part ) {
			$part = self::trim( $part );
			if ( '' === $part ) {
				continue;
			}
			$eq    = strpos( $part, '=' );
			$key   = false === $eq ? $part : substr( $part, 0, $eq );
			$v     = false === $eq ? '' : self::trim( (string) substr( $part, $eq + 1 ) );
			$key   = self::ascii_lower( self::trim( $key ) );
			$lower = self::ascii_lower( $v );
			$i     = array_search( $key, self::PART_KEYS, true );
			$i     = false === $i ? 10 : $i;
			if ( $i < 10 && ( $seen & ( 1 << $i ) ) ) {
				$warn( array( 'kind' => 'Repeated' ) );
				continue;
			}
			$seen |= 1 << $i;
			switch ( $i ) {
				case 0:
					$l    = array_search( $lower, array_slice( self::LEVEL_IDS, 0, 6 ), true );
					$good = false !== $l;
					if ( $good ) {
						$p['level'] = self::LEVEL_IDS[ $l ];
					}
					break;
				case 1:
					$days = self::day_mask( $lower );
					$good = null !== $days;
					break;
				case 2:
					$time = self::clock_range( $lower );
					$good = null !== $time;
					break;
				case 3:
				case 4:
				case 5:
				case 6:
					$t     = self::text( $v, $i < 5 ? self::MAX_PROGRAMME_NAME_CHARS : self::MAX_NEXT_STEP_CHARS, $warn );
					$words = $i < 5 ? 'name' : 'note';
					$lang  = 1 === $i % 2 ? 'en' : 'es';

					$p[ $words ][ $lang ] = $t;

					$good = true;
					break;
				case 7:
					$good = in_array( $lower, self::FORMATS, true );
					if ( $good ) {
						$p['format'] = $lower;
					}
					break;
				case 8:
					$good = in_array( $lower, self::AUDIENCES, true );
					if ( $good ) {
						$p['audience'] = $lower;
					}
					break;
				case 9:
					$p['langs'] = self::items( $v, self::LANG_TAGS, self::LANGS, $warn );
					$good       = true;
					break;
				default:
					$good = false;
			}
			if ( ! $good ) {
				$warn(
					array(
						'kind'    => 'Part',
						'part'    => self::shorten( $part, 40 ),
						'rule'    => self::PART_RULES[ $i ],
						'dropped' => $i < 3,
					)
				);
				$ok = $ok && $i >= 3;
			}
		}
		if ( $ok && ( null === $p['level'] || ( null !== $days ) !== ( null !== $time ) ) ) {
			$warn(
				array(
					'kind'    => 'Part',
					'part'    => self::shorten( $value, 40 ),
					'rule'    => "a program needs level=\u{2026}, and days and time together",
					'dropped' => true,
				)
			);
			$ok = false;
		}
		if ( null !== $days && null !== $time ) {
			$p['meets'] = array(
				'days'  => $days,
				'start' => $time[0],
				'end'   => $time[1],
			);
		}
		return $ok ? $p : null;
	}

	/** `Lang::from_tag`: the primary subtag, en or es. */
	private static function lang_from_tag( $tag ) {
		$t       = self::trim( $tag );
		$primary = self::ascii_lower( substr( $t, 0, strcspn( $t, '-_' ) ) );
		return in_array( $primary, self::LANG_TAGS, true ) ? $primary : null;
	}

	/** A font stack of family names only, ending in a generic family, or null. */
	private static function font( $value ) {
		$quotes = 0;
		$named  = false;
		$ok     = strlen( $value ) <= self::MAX_FONT_CHARS;
		$bytes  = $value . ',';
		$n      = strlen( $bytes );
		for ( $i = 0; $i < $n; $i++ ) {
			$b = $bytes[ $i ];
			if ( ',' === $b ) {
				$ok    = $ok && $named;
				$named = false;
			} elseif ( '"' === $b || "'" === $b ) {
				++$quotes;
			} elseif ( ' ' === $b || '-' === $b ) {
				continue;
			} elseif ( ( $b >= 'a' && $b <= 'z' ) || ( $b >= 'A' && $b <= 'Z' ) || ( $b >= '0' && $b <= '9' ) ) {
				$named = true;
			} else {
				$ok = false;
			}
		}
		if ( ! $ok || 1 === $quotes % 2 ) {
			return null;
		}
		$comma = strrpos( $value, ',' );
		$last  = self::trim( false === $comma ? $value : (string) substr( $value, $comma + 1 ) );
		return $value . ( in_array( $last, self::GENERIC, true ) ? '' : ', system-ui, sans-serif' );
	}

	/** A whole number of pixels up to 240, plain or with "px", as a CSS length, or null. */
	private static function pixels( $value ) {
		$digits = 'px' === substr( $value, -2 ) ? substr( $value, 0, -2 ) : $value;
		$digits = self::trim( (string) $digits );
		$n      = self::number( $digits, 3 );
		return null !== $n && $n <= self::MAX_OFFSET ? $digits . 'px' : null;
	}

	// ------------------------------------------------------------------------------------
	// Colours: WCAG 2.2 contrast, the same floating-point operations as Rust's
	// ------------------------------------------------------------------------------------

	/** The brand colour with its dark-theme shade, and a warning when it had to be darkened. */
	private static function brand_colour( $value, callable $warn ) {
		$rgb = self::parse_colour( $value );
		if ( null === $rgb ) {
			$warn( array( 'kind' => 'BadColour' ) );
			return null;
		}
		$given = self::contrast( $rgb, array( 255, 255, 255 ) );
		while ( self::contrast( $rgb, array( 255, 255, 255 ) ) < self::MIN_CONTRAST ) {
			foreach ( $rgb as $k => $c ) {
				$rgb[ $k ] = (int) floor( $c * 0.95 );
			}
		}
		$light = self::hex( $rgb );
		if ( $given < self::MIN_CONTRAST ) {
			// Floor, so that a colour at 4.49:1 is never reported as 4.5:1.
			$warn(
				array(
					'kind'   => 'LowContrast',
					'tenths' => (int) floor( $given * 10.0 ),
					'used'   => $light,
				)
			);
		}
		return array(
			'light' => $light,
			'dark'  => self::on_dark( $rgb ),
		);
	}

	/** Mixed with white in steps of 5% until it has 4.5:1 against the dark surface. */
	private static function on_dark( array $rgb ) {
		while ( self::contrast( $rgb, self::DARK_SURFACE ) < self::MIN_CONTRAST ) {
			foreach ( $rgb as $k => $c ) {
				$rgb[ $k ] = $c + (int) ceil( ( 255 - $c ) * 0.05 );
			}
		}
		return self::hex( $rgb );
	}

	private static function parse_colour( $value ) {
		if ( '#' !== substr( $value, 0, 1 ) ) {
			return null;
		}
		$digits = (string) substr( $value, 1 );
		if ( 1 !== preg_match( '/^[0-9A-Fa-f]*\z/', $digits ) ) {
			return null;
		}
		if ( 3 === strlen( $digits ) ) {
			return array( hexdec( $digits[0] ) * 17, hexdec( $digits[1] ) * 17, hexdec( $digits[2] ) * 17 );
		}
		if ( 6 === strlen( $digits ) ) {
			return array( hexdec( substr( $digits, 0, 2 ) ), hexdec( substr( $digits, 2, 2 ) ), hexdec( substr( $digits, 4, 2 ) ) );
		}
		return null;
	}

	private static function hex( array $rgb ) {
		return sprintf( '#%02x%02x%02x', $rgb[0], $rgb[1], $rgb[2] );
	}

	/** The WCAG 2.2 contrast ratio of two colours. */
	public static function contrast( array $a, array $b ) {
		$la = self::luminance( $a );
		$lb = self::luminance( $b );
		return ( max( $la, $lb ) + 0.05 ) / ( min( $la, $lb ) + 0.05 );
	}

	private static function luminance( array $rgb ) {
		$linear = array();
		foreach ( $rgb as $v ) {
			$c        = $v / 255.0;
			$linear[] = $c <= 0.04045 ? $c / 12.92 : self::pow_2_4( ( $c + 0.055 ) / 1.055 );
		}
		return 0.2126 * $linear[0] + 0.7152 * $linear[1] + 0.0722 * $linear[2];
	}

	/** x^2.4 as Rust computes it (Newton's method for the fifth root, then the 12th power). */
	private static function pow_2_4( $x ) {
		$y = 1.0;
		for ( $i = 0; $i < 24; $i++ ) {
			$y = ( 4.0 * $y + $x / ( $y * $y * $y * $y ) ) / 5.0;
		}
		$y3 = $y * $y * $y;
		return $y3 * $y3 * $y3 * $y3;
	}

	// ------------------------------------------------------------------------------------
	// The frame's address
	// ------------------------------------------------------------------------------------

	/**
	 * A value as `URLSearchParams` writes it (application/x-www-form-urlencoded): ASCII letters,
	 * digits and `*-._` as they are, a space as `+`, every other byte as %XX.
	 */
	public static function form_encode( $s ) {
		return str_replace( '%2A', '*', urlencode( $s ) );
	}

	/**
	 * Text made valid UTF-8 the way the widget reads the bytes it is given (Rust's
	 * `String::from_utf8_lossy`): each maximal invalid sequence becomes one U+FFFD.
	 */
	public static function utf8_lossy( $s ) {
		if ( 1 === preg_match( '//u', $s ) ) {
			return $s;
		}
		$out = '';
		$n   = strlen( $s );
		$i   = 0;
		while ( $i < $n ) {
			$b = ord( $s[ $i ] );
			if ( $b < 0x80 ) {
				$out .= $s[ $i ];
				++$i;
				continue;
			}
			if ( $b >= 0xC2 && $b <= 0xDF ) {
				list( $len, $lo, $hi ) = array( 2, 0x80, 0xBF );
			} elseif ( 0xE0 === $b ) {
				list( $len, $lo, $hi ) = array( 3, 0xA0, 0xBF );
			} elseif ( ( $b >= 0xE1 && $b <= 0xEC ) || 0xEE === $b || 0xEF === $b ) {
				list( $len, $lo, $hi ) = array( 3, 0x80, 0xBF );
			} elseif ( 0xED === $b ) {
				list( $len, $lo, $hi ) = array( 3, 0x80, 0x9F );
			} elseif ( 0xF0 === $b ) {
				list( $len, $lo, $hi ) = array( 4, 0x90, 0xBF );
			} elseif ( $b >= 0xF1 && $b <= 0xF3 ) {
				list( $len, $lo, $hi ) = array( 4, 0x80, 0xBF );
			} elseif ( 0xF4 === $b ) {
				list( $len, $lo, $hi ) = array( 4, 0x80, 0x8F );
			} else {
				$out .= "\u{FFFD}";
				++$i;
				continue;
			}
			$j = 1;
			while ( $j < $len && $i + $j < $n ) {
				$c = ord( $s[ $i + $j ] );
				if ( 1 === $j ? ( $c < $lo || $c > $hi ) : ( $c < 0x80 || $c > 0xBF ) ) {
					break;
				}
				++$j;
			}
			$out .= $j === $len ? substr( $s, $i, $len ) : "\u{FFFD}";
			$i   += $j;
		}
		return $out;
	}
}
