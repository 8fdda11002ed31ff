<?php
/**
 * Deleting the plugin deletes the one thing it stores: the center's settings.
 *
 * @package CareScreener
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}
delete_option( 'care_screener_settings' );
