<?php
/**
 * The PHP port of the widget's settings rules (wordpress/care-screener/includes/rules.php)
 * against the Rust parser: runs the port over every case of the corpus that
 * tests/config_corpus.rs generates from `parse_pairs`, and compares the warnings (their exact
 * text) and the configuration (every field, in the corpus's canonical form). Also checks the
 * plugin's encoding of a value for the frame's address against URLSearchParams's, and its
 * repair of bytes that are not UTF-8 against the widget's `form_decode`.
 *
 *     php wordpress/tests/conformance.php tests/fixtures/config-corpus.json
 *
 * Prints the first differences and exits 1 on any; 0 when every case agrees. Not shipped in
 * the plugin.
 *
 * @package CareScreener
 */

define( 'CARE_SCREENER_RULES_STANDALONE', true );
require __DIR__ . '/../care-screener/includes/rules.php';

$path = isset( $argv[1] ) ? $argv[1] : __DIR__ . '/../../tests/fixtures/config-corpus.json';
$json = file_get_contents( $path );
if ( false === $json ) {
	fwrite( STDERR, "cannot read $path\n" );
	exit( 2 );
}
$corpus = json_decode( $json, true, 512, JSON_BIGINT_AS_STRING );
if ( ! is_array( $corpus ) || ! isset( $corpus['cases'] ) ) {
	fwrite( STDERR, "$path is not the corpus: " . json_last_error_msg() . "\n" );
	exit( 2 );
}

/** Sorts every object's keys, so that two summaries compare whatever order they were built in. */
function canonical( $v ) {
	if ( ! is_array( $v ) ) {
		return $v;
	}
	$is_list = array_keys( $v ) === range( 0, count( $v ) - 1 ) || array() === $v;
	$out     = array();
	foreach ( $v as $k => $x ) {
		$out[ $k ] = canonical( $x );
	}
	if ( ! $is_list ) {
		ksort( $out, SORT_STRING );
	}
	return $out;
}

function show( $v ) {
	return json_encode( $v, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_INVALID_UTF8_SUBSTITUTE );
}

$failures = 0;
$shown    = 0;
$report   = function ( $what ) use ( &$failures, &$shown ) {
	++$failures;
	if ( $shown < 10 ) {
		++$shown;
		echo $what, "\n\n";
	}
};

$start = microtime( true );
if ( Care_Screener_Rules::KEYS !== $corpus['keys'] ) {
	$report( 'the keys differ: php ' . show( Care_Screener_Rules::KEYS ) . ' rust ' . show( $corpus['keys'] ) );
}
foreach ( $corpus['cases'] as $n => $case ) {
	$parsed   = Care_Screener_Rules::parse_pairs( $case['pairs'] );
	$messages = array_map(
		function ( $w ) {
			return $w['message'];
		},
		$parsed['warnings']
	);
	if ( $messages !== $case['warnings'] ) {
		$report( "case $n " . show( $case['pairs'] ) . "\n  warnings, rust: " . show( $case['warnings'] ) . "\n  warnings, php:  " . show( $messages ) );
	}
	$want = canonical( $case['config'] );
	$got  = canonical( $parsed['config'] );
	if ( $want !== $got ) {
		$diff = array();
		foreach ( $want as $field => $value ) {
			if ( ! array_key_exists( $field, $got ) || $got[ $field ] !== $value ) {
				$diff[] = "$field: rust " . show( $value ) . ' php ' . show( array_key_exists( $field, $got ) ? $got[ $field ] : '(missing)' );
			}
		}
		foreach ( array_diff_key( $got, $want ) as $field => $value ) {
			$diff[] = "$field: only in php " . show( $value );
		}
		$report( "case $n " . show( $case['pairs'] ) . "\n  config: " . implode( "\n          ", $diff ) );
	}
}
foreach ( $corpus['encodings'] as $pair ) {
	$got = Care_Screener_Rules::form_encode( $pair[0] );
	if ( $got !== $pair[1] ) {
		$report( 'encoding ' . show( $pair[0] ) . ": URLSearchParams $pair[1], php $got" );
	}
}
foreach ( $corpus['decodings'] as $pair ) {
	$bytes = urldecode( $pair[0] );
	$got   = Care_Screener_Rules::utf8_lossy( $bytes );
	if ( $got !== $pair[1] ) {
		$report( "decoding $pair[0]: rust " . show( $pair[1] ) . ' php ' . show( $got ) );
	}
	// The rules read such bytes as the widget does, whichever way they come.
	if ( Care_Screener_Rules::parse_pairs( array( array( 'center-name', $bytes ) ) ) !== Care_Screener_Rules::parse_pairs( array( array( 'center-name', $pair[1] ) ) ) ) {
		$report( "center-name with the bytes of $pair[0] reads differently from its decoded text" );
	}
}

$cases = count( $corpus['cases'] );
$other = count( $corpus['encodings'] ) + count( $corpus['decodings'] );
$time  = round( microtime( true ) - $start, 2 );
if ( $failures > 0 ) {
	echo "FAIL: $failures differences between the PHP port and the Rust parser ($cases cases, $other encodings; {$time} s)\n";
	exit( 1 );
}
echo "ok: the PHP port agrees with the Rust parser on all $cases cases and $other encodings ({$time} s)\n";
exit( 0 );
