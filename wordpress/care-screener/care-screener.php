<?php
/**
 * Plugin Name:       Care Screener
 * Description:       A confidential self-check for drinking and drug use that suggests a starting level of care. It runs in a sandboxed frame: nothing a visitor answers leaves their device, nothing is saved, and your site cannot see it.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       care-screener
 *
 * What the plugin does, and what it does not:
 * - It stores one option, `care_screener_settings`: the center's settings, as the center typed
 *   them. Nothing about visitors is stored, logged or sent anywhere, and the plugin makes no
 *   request of its own (no update check, no analytics, no fonts).
 * - It serves the widget's document, assets/screener.txt, at `/?care-screener=frame`, with
 *   the headers docs/embedding.md asks of a self-hosted copy.
 * - The `[care_screener]` shortcode and the `care-screener/screener` block insert the plain
 *   sandboxed iframe of docs/embedding.md, its settings in the address's fragment.
 *
 * @package CareScreener
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'CARE_SCREENER_VERSION', '0.1.0' );
define( 'CARE_SCREENER_OPTION', 'care_screener_settings' );
define( 'CARE_SCREENER_ASSETS', __DIR__ . '/assets/' );

require_once __DIR__ . '/includes/rules.php';

/** The sandbox of the widget's frame, exactly as docs/embedding.md gives it. Never allow-same-origin. */
const CARE_SCREENER_SANDBOX = 'allow-scripts allow-modals allow-downloads allow-popups allow-popups-to-escape-sandbox allow-top-navigation';

/**
 * The settings a plain frame uses, in the order the page shows them and the frame's address
 * lists them (offset-top and mode are the loader's, which a plain frame has not).
 */
function care_screener_fields() {
	$programme = array(
		'label'   => '',
		'section' => 'programmes',
		'help'    => '',
		'example' => '',
		'rows'    => 2,
	);
	$fields    = array(
		'center-name'  => array(
			'label'   => __( 'Center name', 'care-screener' ),
			'section' => 'center',
			'help'    => __( 'Shown with your contact details. Plain text, at most 80 characters.', 'care-screener' ),
			'example' => 'Harbor Recovery Center',
			'prose'   => true,
		),
		'phone'        => array(
			'label'   => __( 'Phone number', 'care-screener' ),
			'section' => 'center',
			'help'    => __( 'As it should be shown: 7 to 15 digits, with spaces, ( ) - . and an optional leading +. No letters.', 'care-screener' ),
			'example' => '(555) 010-0199',
			'type'    => 'tel',
		),
		'contact-url'  => array(
			'label'   => __( 'Contact page', 'care-screener' ),
			'section' => 'center',
			'help'    => __( 'A full https:// address. Nothing is ever added to it, so do not add tracking parameters.', 'care-screener' ),
			'example' => 'https://www.your-center.example/contact',
		),
		'offers'       => array(
			'label'   => __( 'Levels of care you offer', 'care-screener' ),
			'section' => 'center',
			'help'    => __( 'Comma-separated: early, outpatient, iop, php, residential, withdrawal.', 'care-screener' ),
			'example' => 'outpatient,iop,php',
		),
		'next-step'    => array(
			'label'   => __( 'Your next step (English)', 'care-screener' ),
			'section' => 'center',
			'help'    => __( 'One extra next step in your words, shown on an English page. Plain text, at most 300 characters.', 'care-screener' ),
			'example' => 'Call us on weekdays from 8 to 6 and ask for the intake team.',
			'prose'   => true,
			'rows'    => 2,
		),
		'next-step-es' => array(
			'label'   => __( 'Your next step (Spanish)', 'care-screener' ),
			'section' => 'center',
			'help'    => __( 'The same in Spanish, shown on a Spanish page (which never shows the English one).', 'care-screener' ),
			'example' => 'Llámenos de lunes a viernes de 8 a 6 y pida hablar con el equipo de admisión.',
			'lang'    => 'es',
			'prose'   => true,
			'rows'    => 2,
		),
		'payment'      => array(
			'label'   => __( 'Ways of paying', 'care-screener' ),
			'section' => 'center',
			'help'    => __( 'Comma-separated: medicaid, medicare, private, sliding-scale, free. Shown only to a visitor who said cost worries them.', 'care-screener' ),
			'example' => 'medicaid,private,sliding-scale',
		),
		'intake-lang'  => array(
			'label'   => __( 'Languages of your intake team', 'care-screener' ),
			'section' => 'center',
			'help'    => __( 'Comma-separated: en, es.', 'care-screener' ),
			'example' => 'en,es',
		),
	);
	for ( $n = 1; $n <= 8; $n++ ) {
		/* translators: %d: the programme's number, 1 to 8. */
		$fields[ 'program-' . $n ] = array_merge( $programme, array( 'label' => sprintf( __( 'Program %d', 'care-screener' ), $n ) ) );
	}
	return $fields + array(
		'brand-color' => array(
			'label'   => __( 'Brand colour', 'care-screener' ),
			'section' => 'look',
			'help'    => __( '#rgb or #rrggbb, for buttons and links. A colour with less than 4.5:1 contrast against white is darkened, keeping its hue, until it has it.', 'care-screener' ),
			'example' => '#1d5c8c',
		),
		'lang'        => array(
			'label'   => __( 'Language to start in', 'care-screener' ),
			'section' => 'look',
			'help'    => __( 'Visitors can always switch.', 'care-screener' ),
			'choices' => array(
				''   => __( "The visitor's browser language (English or Spanish)", 'care-screener' ),
				'en' => __( 'English', 'care-screener' ),
				'es' => __( 'Spanish', 'care-screener' ),
			),
		),
		'exit-url'    => array(
			'label'   => __( 'Quick exit page', 'care-screener' ),
			'section' => 'look',
			'help'    => __( 'Where "Exit this page" goes: a full https:// address of a neutral site that does not reveal what the visitor was doing. Empty: https://www.weather.gov/', 'care-screener' ),
			'example' => 'https://www.weather.gov/',
		),
		'theme'       => array(
			'label'   => __( 'Theme', 'care-screener' ),
			'section' => 'look',
			'help'    => __( 'Set light if your site is always light, so the widget is not a dark box on it when a visitor\'s phone is in dark mode.', 'care-screener' ),
			'choices' => array(
				''      => __( "Automatic: the visitor's light or dark setting", 'care-screener' ),
				'light' => __( 'Light', 'care-screener' ),
				'dark'  => __( 'Dark', 'care-screener' ),
			),
		),
		'font'        => array(
			'label'   => __( 'Font', 'care-screener' ),
			'section' => 'look',
			'help'    => __( 'Family names of fonts installed on visitors\' devices, comma-separated (the frame loads no web fonts). At most 200 characters.', 'care-screener' ),
			'example' => '"Source Sans 3", Arial, sans-serif',
		),
	);
}

/** The saved settings: key => value as typed, for the known keys only. */
function care_screener_settings() {
	$saved  = get_option( CARE_SCREENER_OPTION, array() );
	$saved  = is_array( $saved ) ? $saved : array();
	$fields = care_screener_fields();
	$out    = array();
	foreach ( $fields as $key => $field ) {
		if ( isset( $saved[ $key ] ) && is_string( $saved[ $key ] ) ) {
			$out[ $key ] = $saved[ $key ];
		}
	}
	return $out;
}

/** The settings as the frame's address carries them: every one that is not empty, in order. */
function care_screener_pairs() {
	$pairs = array();
	foreach ( care_screener_settings() as $key => $value ) {
		if ( '' !== $value ) {
			$pairs[] = array( $key, $value );
		}
	}
	return $pairs;
}

/** Whether the widget's files are in the plugin's assets folder. */
function care_screener_assets_ok() {
	foreach ( array( 'screener.txt', 'csp.txt' ) as $file ) {
		if ( ! is_readable( CARE_SCREENER_ASSETS . $file ) ) {
			return false;
		}
	}
	return true;
}

// ------------------------------------------------------------------------------------------
// The frame: the widget's document with the headers of a self-hosted copy
// ------------------------------------------------------------------------------------------

/** The address of the frame's document. A query string, so it works with plain permalinks. */
function care_screener_frame_url() {
	return home_url( '/?care-screener=frame' );
}

/**
 * Serves assets/screener.txt (the release's screener.html, under a name no server sends as a
 * page, so that opened directly it is only text, never the widget without its headers) at
 * `/?care-screener=frame`, with the headers docs/embedding.md
 * asks of a self-host ("Content-Security-Policy" and "Hosting it yourself"): the document's
 * policy from assets/csp.txt, which changes with every build, plus frame-ancestors (only this
 * site may frame it), the sandbox as a header too (so the document stays in an opaque origin
 * even where a page builder strips the iframe's sandbox attribute), no referrer, no sniffing.
 * Early on `init`, before WordPress or a theme sends anything; nothing is logged or stored.
 */
function care_screener_serve_frame() {
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a public, read-only document.
	if ( ! isset( $_GET['care-screener'] ) || 'frame' !== sanitize_key( wp_unslash( $_GET['care-screener'] ) ) ) {
		return;
	}
	$policy = is_readable( CARE_SCREENER_ASSETS . 'csp.txt' ) ? trim( (string) file_get_contents( CARE_SCREENER_ASSETS . 'csp.txt' ) ) : '';
	if ( ! is_readable( CARE_SCREENER_ASSETS . 'screener.txt' ) || '' === $policy || preg_match( '/[\r\n]/', $policy ) ) {
		status_header( 404 );
		header( 'Content-Type: text/plain; charset=utf-8' );
		header( 'X-Content-Type-Options: nosniff' );
		echo "Care Screener: the widget's files are missing from the plugin's assets folder. Install the plugin from its release zip.\n";
		exit;
	}
	if ( function_exists( 'header_remove' ) ) {
		header_remove( 'X-Powered-By' );
	}
	status_header( 200 );
	header( 'Content-Type: text/html; charset=utf-8' );
	header( 'Content-Security-Policy: ' . $policy . "; frame-ancestors 'self'" );
	// A second policy, not a replacement of the first: both apply.
	header( 'Content-Security-Policy: sandbox ' . CARE_SCREENER_SANDBOX, false );
	header( 'Referrer-Policy: no-referrer' );
	header( 'X-Content-Type-Options: nosniff' );
	readfile( CARE_SCREENER_ASSETS . 'screener.txt' );
	exit;
}
add_action( 'init', 'care_screener_serve_frame', 0 );

// ------------------------------------------------------------------------------------------
// The shortcode and the block: the plain sandboxed iframe
// ------------------------------------------------------------------------------------------

/**
 * The plain iframe of docs/embedding.md ("The plain iframe"), with the saved settings in the
 * fragment, encoded as URLSearchParams writes them. The fragment never reaches a server.
 *
 * Why the plain frame and not the loader, embed.js: embed.js finds screener.html next to
 * itself as a static file, and a static file on shared hosting cannot be given the headers
 * the document needs (its CSP with frame-ancestors, the sandbox header). Here PHP serves the
 * document with them, so the frame points at the plugin's endpoint instead; without the
 * loader the frame does not resize, so it has a fixed height and scrolls inside.
 *
 * @param mixed $height The frame's height in pixels, 320 to 1600 (720 when not a number).
 */
function care_screener_iframe( $height = 720 ) {
	if ( ! care_screener_assets_ok() ) {
		return "<!-- Care Screener: the widget's files are missing; see Settings > Care Screener. -->";
	}
	$height = is_numeric( $height ) ? (int) round( (float) $height ) : 720;
	$height = max( 320, min( 1600, $height ) );
	$pairs  = care_screener_pairs();
	$parts  = array();
	foreach ( $pairs as $pair ) {
		$parts[] = Care_Screener_Rules::form_encode( $pair[0] ) . '=' . Care_Screener_Rules::form_encode( $pair[1] );
	}
	// The fragment is escaped as an attribute, not with esc_url: form_encode leaves nothing in it
	// that needs more, and esc_url would drop the %0A and %0D of a next step's line breaks, so
	// the widget would read other words than the settings page checked.
	$src    = esc_url( care_screener_frame_url() ) . ( $parts ? '#' . esc_attr( implode( '&', $parts ) ) : '' );
	$parsed = Care_Screener_Rules::parse_pairs( $pairs );
	$title  = 'es' === $parsed['config']['lang']
		? 'Chequeo privado: encuentre un punto de partida para recibir ayuda'
		: 'Private check: find a starting point for care';
	// Never taller than the window (max-height), as the loader keeps its frame: a visitor who
	// sees the frame's bottom can scroll the page to see all of it, its exit bar at the top.
	return '<iframe src="' . $src . '" title="' . esc_attr( $title ) . '" sandbox="' . esc_attr( CARE_SCREENER_SANDBOX )
		. '" referrerpolicy="no-referrer" style="display:block;width:100%;height:' . $height . 'px;max-height:100vh;border:0"></iframe>';
}

/**
 * `[care_screener]`, `[care_screener height="900"]`.
 *
 * @param array|string $atts The shortcode's attributes.
 */
function care_screener_shortcode( $atts ) {
	$atts = shortcode_atts( array( 'height' => 720 ), $atts, 'care_screener' );
	return care_screener_iframe( $atts['height'] );
}
add_shortcode( 'care_screener', 'care_screener_shortcode' );

/**
 * The block's server-side render: the same frame as the shortcode.
 *
 * @param array $attributes The block's attributes.
 */
function care_screener_render_block( $attributes ) {
	$height = isset( $attributes['height'] ) ? $attributes['height'] : 720;
	return '<div ' . get_block_wrapper_attributes() . '>' . care_screener_iframe( $height ) . '</div>';
}

function care_screener_register_block() {
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'care_screener_render_block' ) );
}
add_action( 'init', 'care_screener_register_block' );

// ------------------------------------------------------------------------------------------
// Settings → Care Screener
// ------------------------------------------------------------------------------------------

/**
 * What the center typed, kept as typed: only made valid UTF-8 the way the widget reads it
 * (each invalid byte sequence one U+FFFD). The rules are applied when the page is shown, so
 * the center sees each warning and the widget applies its safe default; nothing is lost.
 *
 * @param mixed $input The submitted settings.
 */
function care_screener_sanitize( $input ) {
	$input = is_array( $input ) ? $input : array();
	$out   = array();
	foreach ( array_keys( care_screener_fields() ) as $key ) {
		if ( isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ) {
			$out[ $key ] = Care_Screener_Rules::utf8_lossy( (string) $input[ $key ] );
		}
	}
	return $out;
}

function care_screener_admin_init() {
	register_setting(
		'care_screener',
		CARE_SCREENER_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'care_screener_sanitize',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	$sections = array(
		'center'     => __( 'Your center', 'care-screener' ),
		'programmes' => __( 'Your programs', 'care-screener' ),
		'look'       => __( 'Language, look and the quick exit', 'care-screener' ),
	);
	foreach ( $sections as $id => $title ) {
		add_settings_section( 'care_screener_' . $id, $title, 'care_screener_section_' . $id, 'care-screener' );
	}
	foreach ( care_screener_fields() as $key => $field ) {
		add_settings_field(
			'care-screener-' . $key,
			esc_html( $field['label'] ),
			'care_screener_field',
			'care-screener',
			'care_screener_' . $field['section'],
			array(
				'label_for' => 'care-screener-' . $key,
				'key'       => $key,
			)
		);
	}
}
add_action( 'admin_init', 'care_screener_admin_init' );

function care_screener_section_center() {
	echo '<p>' . esc_html__( 'Shown on the result with your contact details. Every setting is optional; the crisis numbers (988, 911) and the quick exit are fixed and cannot be hidden.', 'care-screener' ) . '</p>';
}

function care_screener_section_programmes() {
	echo '<div id="care-screener-programmes-help"><p>' . esc_html__( 'Up to eight programs, one per field, as parts separated by ";", each part=value. Only level is required; days and time go together. Parts: level (early, outpatient, iop, php, residential, withdrawal), name, name-es, days (mon-fri, or mon,wed), time (24-hour clock, 17:30-21:00), format (in-person, online, both), for (all, adults, teens, family), lang (en, es), note, note-es.', 'care-screener' ) . '</p>';
	echo '<p>' . esc_html__( 'Example:', 'care-screener' ) . ' <code>level=iop; name=Evening IOP; name-es=IOP de noche; days=mon,tue,thu; time=17:30-21:00; format=in-person; for=adults; lang=en,es</code></p></div>';
}

function care_screener_section_look() {
	echo '<p>' . esc_html__( 'How the widget looks inside your page, and where its quick exit goes.', 'care-screener' ) . '</p>';
}

/** The warnings of the saved settings, by setting: the widget's console messages, word for word. */
function care_screener_warnings() {
	static $by_key = null;
	if ( null === $by_key ) {
		$by_key = array();
		$parsed = Care_Screener_Rules::parse_pairs( care_screener_pairs() );
		foreach ( $parsed['warnings'] as $warning ) {
			$by_key[ $warning['key'] ][] = $warning['message'];
		}
	}
	return $by_key;
}

/**
 * One setting's field, its help, and the widget's warnings for it.
 *
 * @param array $args The field's key.
 */
function care_screener_field( $args ) {
	$key      = $args['key'];
	$field    = care_screener_fields()[ $key ];
	$settings = care_screener_settings();
	$value    = isset( $settings[ $key ] ) ? $settings[ $key ] : '';
	$id       = 'care-screener-' . $key;
	$name     = CARE_SCREENER_OPTION . '[' . $key . ']';
	$warnings = care_screener_warnings();
	$errors   = isset( $warnings[ $key ] ) ? $warnings[ $key ] : array();
	$help_id  = 'programmes' === $field['section'] ? 'care-screener-programmes-help' : $id . '-help';
	$describe = $help_id . ( $errors ? ' ' . $id . '-error' : '' );
	$invalid  = $errors ? ' aria-invalid="true"' : '';

	if ( isset( $field['choices'] ) ) {
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" aria-describedby="' . esc_attr( $describe ) . '"' . $invalid . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- a constant.
		$choices = $field['choices'];
		if ( ! isset( $choices[ $value ] ) ) {
			// A value saved some other way is kept, and shown with its warning.
			$choices[ $value ] = $value;
		}
		foreach ( $choices as $choice => $label ) {
			echo '<option value="' . esc_attr( $choice ) . '"' . selected( (string) $choice, $value, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
	} else {
		// Prose is spell-checked; codes, numbers and addresses are not.
		$common = ' id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" aria-describedby="' . esc_attr( $describe ) . '"' . $invalid
			. ( empty( $field['prose'] ) ? ' class="large-text code" spellcheck="false"' : ' class="large-text"' )
			. ( isset( $field['lang'] ) ? ' lang="' . esc_attr( $field['lang'] ) . '"' : '' ) . ' autocomplete="off"';
		if ( isset( $field['rows'] ) ) {
			echo '<textarea rows="' . (int) $field['rows'] . '"' . $common . '>' . esc_textarea( $value ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from constants and esc_attr.
		} else {
			$type = isset( $field['type'] ) ? $field['type'] : 'text';
			echo '<input type="' . esc_attr( $type ) . '" value="' . esc_attr( $value ) . '"' . $common . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from constants and esc_attr.
		}
	}
	if ( $errors ) {
		echo '<div id="' . esc_attr( $id . '-error' ) . '" class="care-screener-error">';
		foreach ( $errors as $message ) {
			echo '<p>' . esc_html( $message ) . '</p>';
		}
		echo '</div>';
	}
	if ( 'programmes' !== $field['section'] ) {
		echo '<p class="description" id="' . esc_attr( $help_id ) . '">' . esc_html( $field['help'] );
		if ( ! empty( $field['example'] ) ) {
			echo ' ' . esc_html__( 'Example:', 'care-screener' ) . ' <code>' . esc_html( $field['example'] ) . '</code>';
		}
		echo '</p>';
	}
}

function care_screener_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$count = count( care_screener_warnings() ); // Settings with a warning, not warnings.
	?>
	<div class="wrap">
		<style>
			.care-screener-error { border-left: 4px solid #d63638; padding: 0 8px; margin: 6px 0; }
			.care-screener-error p { color: #8a1f1f; margin: 4px 0; }
		</style>
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<p><?php esc_html_e( 'The private check runs in a sandboxed frame on your pages: nothing a visitor answers leaves their device, nothing is saved, and this site cannot see it. Add it to a page with the Care Screener block or the shortcode [care_screener] (for another height: [care_screener height="900"]).', 'care-screener' ); ?></p>
		<?php if ( ! care_screener_assets_ok() ) : ?>
			<div class="notice notice-error inline"><p><?php echo esc_html( care_screener_missing_message() ); ?></p></div>
		<?php endif; ?>
		<?php if ( $count > 0 ) : ?>
			<div class="notice notice-warning inline" id="care-screener-problems">
				<p>
				<?php
				echo esc_html(
					sprintf(
						/* translators: %d: the number of warnings. */
						_n( '%d setting cannot be used as written. Its message is below it: the widget uses its safe default instead, and writes the same message to the browser console.', '%d settings cannot be used as written. Each message is below its setting: the widget uses its safe default instead, and writes the same message to the browser console.', $count, 'care-screener' ),
						$count
					)
				);
				?>
				</p>
			</div>
		<?php endif; ?>
		<form action="options.php" method="post" novalidate>
			<?php
			settings_fields( 'care_screener' );
			do_settings_sections( 'care-screener' );
			submit_button();
			?>
		</form>
	</div>
	<?php
}

function care_screener_admin_menu() {
	add_options_page( __( 'Care Screener', 'care-screener' ), __( 'Care Screener', 'care-screener' ), 'manage_options', 'care-screener', 'care_screener_settings_page' );
}
add_action( 'admin_menu', 'care_screener_admin_menu' );

function care_screener_missing_message() {
	return __( "Care Screener: the widget's files (screener.txt, csp.txt) are missing from the plugin's assets folder, so the check is not shown on your pages. Install the plugin from its release zip, which contains them.", 'care-screener' );
}

function care_screener_admin_notice() {
	if ( care_screener_assets_ok() || ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( $screen && 'settings_page_care-screener' === $screen->id ) {
		return; // The page says it itself.
	}
	echo '<div class="notice notice-error"><p>' . esc_html( care_screener_missing_message() ) . '</p></div>';
}
add_action( 'admin_notices', 'care_screener_admin_notice' );

/**
 * A "Settings" link on the Plugins page.
 *
 * @param array $links The plugin's action links.
 */
function care_screener_action_links( $links ) {
	array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=care-screener' ) ) . '">' . esc_html__( 'Settings', 'care-screener' ) . '</a>' );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'care_screener_action_links' );
