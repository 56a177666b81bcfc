/* duaal-connection-banner.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "duaal-connection-banner.h"
#include "duaal-pg-store.h"

struct _DuaalConnectionBanner
{
  GtkWidget     parent_instance;

  DuaalPgStore *store;     /* (nullable) */
  gulong        online_handler;
  GtkWidget    *revealer;
  GtkWidget    *label;
};

G_DEFINE_FINAL_TYPE (DuaalConnectionBanner, duaal_connection_banner, GTK_TYPE_WIDGET)

/* Hidden while there is nothing to say: a revealer measures its child
 * even when it is folded away, and the wrapping message is measured at
 * many widths, a good part of a window's first frame. */
static void
duaal_connection_banner_update (DuaalConnectionBanner *self)
{
  gboolean down = self->store != NULL && !duaal_pg_store_is_online (self->store);

  if (down)
    gtk_widget_set_visible (self->revealer, TRUE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), down);
}

/* Folded away: hidden until the connection is lost again. */
static void
on_child_revealed (DuaalConnectionBanner *self)
{
  GtkRevealer *revealer = GTK_REVEALER (self->revealer);

  if (!gtk_revealer_get_reveal_child (revealer) && !gtk_revealer_get_child_revealed (revealer))
    gtk_widget_set_visible (self->revealer, FALSE);
}

static void
on_try_again (DuaalConnectionBanner *self)
{
  g_autoptr(GError) error = NULL;

  if (self->store != NULL && !duaal_pg_store_reconnect (self->store, &error))
    gtk_label_set_text (GTK_LABEL (self->label), error->message);
  duaal_connection_banner_update (self);
}

void
duaal_connection_banner_set_store (DuaalConnectionBanner *self,
                                   DuaalStore            *store)
{
  g_return_if_fail (DUAAL_IS_CONNECTION_BANNER (self));

  if (self->store != NULL)
    g_clear_signal_handler (&self->online_handler, self->store);
  g_clear_object (&self->store);
  if (store != NULL && DUAAL_IS_PG_STORE (store))
    {
      self->store = g_object_ref (DUAAL_PG_STORE (store));
      self->online_handler = g_signal_connect_object (self->store, "notify::online",
                                                      G_CALLBACK (duaal_connection_banner_update),
                                                      self, G_CONNECT_SWAPPED);
    }
  gtk_label_set_text (GTK_LABEL (self->label),
                      _("The team database cannot be reached: changes cannot be saved now. "
                        "Duaal reconnects by itself."));
  duaal_connection_banner_update (self);
}

gboolean
duaal_connection_banner_is_shown (DuaalConnectionBanner *self)
{
  g_return_val_if_fail (DUAAL_IS_CONNECTION_BANNER (self), FALSE);
  return gtk_revealer_get_reveal_child (GTK_REVEALER (self->revealer));
}

static void
duaal_connection_banner_dispose (GObject *object)
{
  DuaalConnectionBanner *self = DUAAL_CONNECTION_BANNER (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->online_handler, self->store);
  g_clear_object (&self->store);
  g_clear_pointer (&self->revealer, gtk_widget_unparent);
  G_OBJECT_CLASS (duaal_connection_banner_parent_class)->dispose (object);
}

static void
duaal_connection_banner_class_init (DuaalConnectionBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = duaal_connection_banner_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "duaal-connection-banner");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_ALERT);
}

static void
duaal_connection_banner_init (DuaalConnectionBanner *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Try Again"));

  self->revealer = gtk_revealer_new ();
  gtk_widget_set_visible (self->revealer, FALSE);
  gtk_widget_set_parent (self->revealer, GTK_WIDGET (self));
  g_signal_connect_object (self->revealer, "notify::child-revealed",
                           G_CALLBACK (on_child_revealed), self, G_CONNECT_SWAPPED);
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), box);
  gtk_widget_add_css_class (box, "duaal-banner");
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);

  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_box_append (GTK_BOX (box), self->label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_try_again), self);
  gtk_box_append (GTK_BOX (box), button);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Connection to the team database"), -1);
}

GtkWidget *
duaal_connection_banner_new (void)
{
  return g_object_new (DUAAL_TYPE_CONNECTION_BANNER, NULL);
}
